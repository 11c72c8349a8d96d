package org.recourse.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.recourse.web.http.CurrentUser;
import org.recourse.web.security.KeycloakLogout;

/**
 * "Leave quickly": ends the application's session and Keycloak's (RP-initiated logout with the ID
 * token as hint, so Keycloak asks nothing), then comes back to {@link PortalLeftServlet}, which
 * sends the browser on to the neutral site. The page calls it with {@code location.replace}, so
 * none of these steps is left in the browser's history.
 *
 * <p>The page calls {@value #PATH}, open to anyone (outside the portal's constraint): a client
 * whose session has expired is sent straight to the neutral site, never to a login page that names
 * the application. With a session but without the signed-in identity there (the container may
 * restore it only under a constraint), it passes on to {@value #SIGNED_IN_PATH}, under the portal's
 * constraint, which ends both sessions.
 */
@WebServlet({PortalLeaveServlet.PATH, PortalLeaveServlet.SIGNED_IN_PATH})
public class PortalLeaveServlet extends HttpServlet {

  static final String PATH = "/portal-leave";

  static final String SIGNED_IN_PATH = "/portal/leave";

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    String idToken = session == null ? null : currentUser.idToken().orElse(null);
    if (idToken == null && session != null && PATH.equals(request.getServletPath())) {
      response.sendRedirect(request.getContextPath() + SIGNED_IN_PATH);
      return;
    }
    if (idToken == null) {
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(PortalSettings.leaveUrl());
      return;
    }
    session.invalidate();
    request.logout();
    response.sendRedirect(KeycloakLogout.endSessionUrl(request, PortalLeftServlet.PATH, idToken));
  }
}
