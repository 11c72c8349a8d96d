package org.recourse.portal;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/** The case's client already has a portal user: open or close that one instead (409). */
@ApplicationException(rollback = true)
public class AlreadyInvitedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public AlreadyInvitedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
