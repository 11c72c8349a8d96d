package org.recourse.evidence;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/**
 * A video's frames were asked for before its analysis finished, or after it failed (409): the item
 * exists, but it has no frame hashes in its current state.
 */
@ApplicationException(rollback = true)
public class VideoNotAnalysedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public VideoNotAnalysedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
