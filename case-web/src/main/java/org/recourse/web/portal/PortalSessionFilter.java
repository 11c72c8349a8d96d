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

/**
 * A client's session ends after the portal's idle timeout ({@link PortalSettings#getIdleMinutes}),
 * not the staff's longer one: every portal request of a client sets it on their session. The page
 * leaves on its own at the same time (portal.js), signing out at Keycloak too.
 */
@WebFilter("/portal/*")
public class PortalSessionFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private PortalSettings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    if (session != null && ClientHomeFilter.isOnlyClient(request)) {
      session.setMaxInactiveInterval(settings.getIdleMinutes() * 60);
    }
    chain.doFilter(request, response);
  }
}
