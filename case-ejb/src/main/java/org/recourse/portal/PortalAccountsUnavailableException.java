package org.recourse.portal;

import jakarta.ejb.ApplicationException;
import org.recourse.shared.ProblemException;

/**
 * The identity provider could not create, open or close a client user (unreachable, or it refused
 * Recourse's service account): nothing was changed in Recourse, and trying later may work (503).
 */
@ApplicationException(rollback = true)
public class PortalAccountsUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PortalAccountsUnavailableException(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 503;
  }
}
