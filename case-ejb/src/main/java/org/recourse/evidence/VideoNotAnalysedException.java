package org.recourse.evidence;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/**
 * An item's frames were asked for, but it has none in its current state (409): it is not a video,
 * its content was destroyed, or its analysis has not finished or failed. The item exists and the
 * caller sees it; an item out of the caller's reach is 404, as a missing one.
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
