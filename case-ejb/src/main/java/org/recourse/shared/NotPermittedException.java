package org.recourse.shared;

import jakarta.ejb.ApplicationException;

/** The caller may see the thing but not do this to it (403). */
@ApplicationException(rollback = true)
public class NotPermittedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }
}
