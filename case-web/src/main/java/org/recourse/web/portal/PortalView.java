package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.recourse.portal.PortalService;
import org.recourse.portal.PortalViews.PortalCaseView;
import org.recourse.portal.PortalViews.PortalStatusView;

/** The portal's home page: where the client's own case stands. */
@Named
@RequestScoped
public class PortalView {

  @EJB private PortalService portal;

  private PortalStatusView status;
  private boolean loaded;

  /** The own case's status, or null when the client has no case yet. */
  public PortalStatusView getStatus() {
    if (!loaded) {
      loaded = true;
      status =
          portal.myCases().stream()
              .findFirst()
              .map(PortalCaseView::id)
              .map(portal::status)
              .orElse(null);
    }
    return status;
  }
}
