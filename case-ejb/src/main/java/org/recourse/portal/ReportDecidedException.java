package org.recourse.portal;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/** A reported web address the team has already accepted or dismissed is not decided again (409). */
@ApplicationException(rollback = true)
public class ReportDecidedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ReportDecidedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
