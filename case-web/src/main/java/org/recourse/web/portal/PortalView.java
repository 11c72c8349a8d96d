package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.recourse.portal.PortalService;
import org.recourse.portal.PortalViews.PortalCaseView;
import org.recourse.portal.PortalViews.PortalDateView;
import org.recourse.portal.PortalViews.PortalStatusView;
import org.recourse.web.http.FormToken;

/** The portal's home page: where the client's own case stands. */
@Named
@RequestScoped
public class PortalView {

  @EJB private PortalService portal;
  @Inject private PortalLanguage language;

  private PortalStatusView status;
  private boolean loaded;

  private List<PortalDateView> dates;

  /** The dates the team shares with the client, soonest first (none without a case). */
  public List<PortalDateView> getDates() {
    if (dates == null) {
      PortalStatusView own = getStatus();
      dates = own == null ? List.of() : portal.sharedDates(own.caseId());
    }
    return dates;
  }

  /** The own case's status, or null when the client has no case yet. */
  public PortalStatusView getStatus() {
    if (!loaded) {
      loaded = true;
      status =
          portal.myCases().stream()
              .findFirst()
              .map(PortalCaseView::id)
              .map(id -> portal.status(id, language.getLanguage()))
              .orElse(null);
    }
    return status;
  }

  /** The session's token for the page's plain download form (see {@link PortalExportServlet}). */
  public String getToken() {
    return FormToken.of(
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true));
  }
}
