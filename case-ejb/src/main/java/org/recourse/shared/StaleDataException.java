package org.recourse.shared;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed the record since the caller read it; saving would lose their change (409).
 */
@ApplicationException(rollback = true)
public class StaleDataException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public StaleDataException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
