package org.recourse.shared;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist, or the caller may not know that it exists: the two are
 * answered alike so that a case number reveals nothing to someone outside the case team.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 404;
  }
}
