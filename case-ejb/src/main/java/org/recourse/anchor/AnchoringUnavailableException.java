package org.recourse.anchor;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/** The logs cannot be anchored now: no time-stamping authority is configured (409). */
@ApplicationException(rollback = true)
public class AnchoringUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public AnchoringUnavailableException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
