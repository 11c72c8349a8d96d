package org.recourse.privacy;

import jakarta.ejb.ApplicationException;

/**
 * A purge the case's state does not allow: not closed, retention not ended, purged already (409).
 */
@ApplicationException(rollback = true)
public class PurgeRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PurgeRefusedException(String message) {
    super(message);
  }
}
