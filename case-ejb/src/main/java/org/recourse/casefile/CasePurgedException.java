package org.recourse.casefile;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/** A change to a case that was purged at the end of its retention period (409). */
@ApplicationException(rollback = true)
public class CasePurgedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public CasePurgedException(String caseNumber) {
    super("Case " + caseNumber + " was purged at the end of its retention period and is read-only");
  }

  @Override
  public int status() {
    return 409;
  }
}
