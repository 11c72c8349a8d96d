package org.recourse.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.recourse.shared.Settings;

/**
 * The portal's settings: the neutral title every portal page carries (never the client's name or
 * the case), and the neutral site "Leave quickly" lands on.
 */
@Named
@ApplicationScoped
public class PortalSettings {

  /** The title of every portal page. */
  public String getTitle() {
    return Settings.get("recourse.portal.title", "RECOURSE_PORTAL_TITLE", "Secure messages");
  }

  /** Where "Leave quickly" goes: an ordinary site that gives nothing away. */
  public static String leaveUrl() {
    return Settings.get(
        "recourse.portal.leave-url", "RECOURSE_PORTAL_LEAVE_URL", "https://www.bbc.com/weather");
  }
}
