package org.recourse.privacy;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/**
 * A purge the case's state does not allow: not closed, retention not ended, purged already (409).
 */
@ApplicationException(rollback = true)
public class PurgeRefusedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PurgeRefusedException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }
}
