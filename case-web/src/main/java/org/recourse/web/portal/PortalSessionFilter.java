package org.recourse.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.recourse.web.http.CurrentUser;

/**
 * A client's session ends after the portal's idle timeout ({@link PortalSettings#getIdleMinutes}),
 * not the staff's longer one: every portal request of a client sets it on their session. The page
 * leaves on its own at the same time (portal.js), signing out at Keycloak too.
 *
 * <p>A new portal session starts only from a login made for it: when the browser comes back after
 * its session ended (the idle timeout, the tab closed) and Keycloak logs it in silently from its
 * own, longer session, the login is older than {@link PortalSettings#getFreshLoginSeconds}; the
 * session ends again and Keycloak is asked for the password ({@code max_age}), so whoever picks up
 * the phone later does not find the portal open.
 */
@WebFilter("/portal/*")
public class PortalSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** Marks a session that started from a fresh login. */
  static final String FRESH = PortalSessionFilter.class.getName() + ".fresh";

  @Inject private PortalSettings settings;

  @Inject private CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null && ClientHomeFilter.isOnlyClient(request)) {
      if (session.getAttribute(FRESH) == null) {
        int fresh = settings.getFreshLoginSeconds();
        if (!loginWithin(currentUser.authTime(), Instant.now(), fresh)) {
          session.invalidate();
          request.logout();
          response.setHeader("Cache-Control", "no-store");
          response.sendRedirect(request.getContextPath() + "/portal/?max_age=" + fresh);
          return;
        }
        session.setAttribute(FRESH, Boolean.TRUE);
      }
      session.setMaxInactiveInterval(settings.getIdleMinutes() * 60);
    }
    chain.doFilter(request, response);
  }

  /** Whether the login was made at most this many seconds before now (unknown: not). */
  static boolean loginWithin(Optional<Instant> authTime, Instant now, int seconds) {
    return authTime.map(at -> !at.plusSeconds(seconds).isBefore(now)).orElse(false);
  }
}
