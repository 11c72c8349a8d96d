package org.recourse.web.portal;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.recourse.web.RecourseSettings;
import org.recourse.web.http.CurrentUser;

/**
 * "Leave quickly": ends the application's session and Keycloak's (RP-initiated logout with the ID
 * token as hint, so Keycloak asks nothing), then comes back to {@link PortalLeftServlet}, which
 * sends the browser on to the neutral site. The page calls it with {@code location.replace}, so
 * none of these steps is left in the browser's history.
 */
@WebServlet("/portal/leave")
public class PortalLeaveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String idToken = currentUser.idToken().orElse(null);
    String returnTo =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + PortalLeftServlet.PATH;
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    StringBuilder endSession =
        new StringBuilder(RecourseSettings.oidcProviderUrl())
            .append("/realms/")
            .append(RecourseSettings.oidcRealm())
            .append("/protocol/openid-connect/logout?post_logout_redirect_uri=")
            .append(URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
    if (idToken != null) {
      endSession
          .append("&id_token_hint=")
          .append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
    } else {
      endSession.append("&client_id=recourse-web");
    }
    response.sendRedirect(endSession.toString());
  }
}
