package org.recourse.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.recourse.evidence.ClientCases;

/**
 * Tells the evidence vault which case a client may send files to and read their own uploads of: the
 * one their portal account is linked to, decided by {@link PortalService} (another client's case, a
 * closed link or a missing id alike "not found", and recorded as refused).
 */
@ApplicationScoped
public class PortalClientCases implements ClientCases {

  @EJB private PortalService portal;

  @Override
  public void checkOwn(long caseId) {
    portal.checkOwn(caseId);
  }
}
