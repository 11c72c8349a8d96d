package org.recourse.evidence;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/**
 * A stored file whose preview cannot be made: the data does not decode, or decoding took longer
 * than a preview may. The file itself is kept and can still be downloaded; only the picture of it
 * is missing. The message is for people and names neither the file nor anything in it.
 */
@ApplicationException(rollback = true)
public class PreviewUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PreviewUnavailableException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "No preview for this item";
  }
}
