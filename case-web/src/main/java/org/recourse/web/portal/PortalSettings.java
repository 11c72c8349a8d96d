package org.recourse.web.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.recourse.shared.Settings;

/**
 * The portal's settings: the neutral title every portal page carries (never the client's name or
 * the case), the neutral site "Leave quickly" lands on, and how long a client may stay idle ({@code
 * recourse.portal.idle-minutes}, {@code RECOURSE_PORTAL_IDLE_MINUTES}, default 10, at least 2):
 * shorter than the staff's session, since a client's phone or laptop may be seen by others.
 */
@Named
@ApplicationScoped
public class PortalSettings {

  private static final Logger LOG = Logger.getLogger(PortalSettings.class.getName());

  static final int DEFAULT_IDLE_MINUTES = 10;

  static final int DEFAULT_FRESH_LOGIN_SECONDS = 120;

  /** The title of every portal page. */
  public String getTitle() {
    return Settings.get("recourse.portal.title", "RECOURSE_PORTAL_TITLE", "Secure messages");
  }

  /** Where "Leave quickly" goes: an ordinary site that gives nothing away. */
  public static String leaveUrl() {
    return Settings.get(
        "recourse.portal.leave-url", "RECOURSE_PORTAL_LEAVE_URL", "https://www.bbc.com/weather");
  }

  /** Minutes of idleness after which a client's session ends and the page leaves. */
  public int getIdleMinutes() {
    return idleMinutes(
        Settings.get(
            "recourse.portal.idle-minutes",
            "RECOURSE_PORTAL_IDLE_MINUTES",
            Integer.toString(DEFAULT_IDLE_MINUTES)));
  }

  /**
   * How recent a Keycloak login must be for a new portal session to start from it, in seconds
   * ({@code recourse.portal.fresh-login-seconds}, {@code RECOURSE_PORTAL_FRESH_LOGIN_SECONDS},
   * default 120, at least 1): a session that ended after the idle timeout while Keycloak's own
   * lasted must not open again without the password. Allows for the clocks of Keycloak and the
   * servers to differ a little.
   */
  public int getFreshLoginSeconds() {
    String value =
        Settings.get(
            "recourse.portal.fresh-login-seconds",
            "RECOURSE_PORTAL_FRESH_LOGIN_SECONDS",
            Integer.toString(DEFAULT_FRESH_LOGIN_SECONDS));
    try {
      return Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      LOG.warning("recourse.portal.fresh-login-seconds is not a whole number; using 120");
      return DEFAULT_FRESH_LOGIN_SECONDS;
    }
  }

  /** The setting's value read as minutes: at least 2, the default when it is no whole number. */
  static int idleMinutes(String value) {
    try {
      return Math.max(2, Integer.parseInt(value.strip()));
    } catch (NumberFormatException | NullPointerException e) {
      LOG.warning("recourse.portal.idle-minutes is not a whole number; using 10");
      return DEFAULT_IDLE_MINUTES;
    }
  }
}
