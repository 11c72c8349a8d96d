package org.recourse.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.recourse.shared.Settings;

/**
 * How long a signed-in person may stay idle, and how session cookies travel. Applied to the servlet
 * context when the application starts; pages read the same figures for the warning dialog.
 *
 * <ul>
 *   <li>{@code recourse.session.idle-minutes} ({@code RECOURSE_SESSION_IDLE_MINUTES}, default 30):
 *       the HTTP session's idle timeout. Pages sign the person out — here and at Keycloak — when it
 *       runs out, so the identity provider's single sign-on cannot silently sign them in again.
 *   <li>{@code recourse.session.warning-seconds} (default 120): how long before that a dialog
 *       offers to stay signed in.
 *   <li>{@code recourse.session.secure-cookies} ({@code RECOURSE_SECURE_COOKIES}, default false):
 *       mark the session cookie {@code Secure}; set it to true whenever users reach Recourse over
 *       TLS (every production installation). {@code HttpOnly} and {@code SameSite=Lax} are always
 *       set ({@code web.xml}).
 * </ul>
 */
@Named
@ApplicationScoped
public class SessionPolicy {

  private static final Logger LOG = Logger.getLogger(SessionPolicy.class.getName());

  /** The idle timeout in minutes, at least 2. */
  public int getIdleMinutes() {
    return Math.max(
        2, integer("recourse.session.idle-minutes", "RECOURSE_SESSION_IDLE_MINUTES", 30));
  }

  /** Seconds of warning before the timeout, never more than half of it. */
  public int getWarningSeconds() {
    int warning =
        integer("recourse.session.warning-seconds", "RECOURSE_SESSION_WARNING_SECONDS", 120);
    return Math.max(10, Math.min(warning, getIdleMinutes() * 30));
  }

  /** Milliseconds of inactivity in the page after which the warning appears. */
  public long getWarnAfterMillis() {
    return (getIdleMinutes() * 60L - getWarningSeconds()) * 1000L;
  }

  public boolean isSecureCookies() {
    return Boolean.parseBoolean(
        Settings.get("recourse.session.secure-cookies", "RECOURSE_SECURE_COOKIES", "false"));
  }

  private static int integer(String property, String variable, int fallback) {
    String value = Settings.get(property, variable, Integer.toString(fallback));
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      LOG.warning(property + " is not a whole number; using " + fallback);
      return fallback;
    }
  }
}
