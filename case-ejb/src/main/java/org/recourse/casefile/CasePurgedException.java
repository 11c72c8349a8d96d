package org.recourse.casefile;

import jakarta.ejb.ApplicationException;

/** A change to a case that was purged at the end of its retention period (409). */
@ApplicationException(rollback = true)
public class CasePurgedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CasePurgedException(String caseNumber) {
    super("Case " + caseNumber + " was purged at the end of its retention period and is read-only");
  }
}
