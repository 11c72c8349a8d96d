package org.recourse.web.security;

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
 * Ends both sessions: the application's, then Keycloak's (OpenID Connect RP-initiated logout with
 * the ID token as hint, so Keycloak does not ask again), and comes back to the application, which
 * then shows the login page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

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
            + "/";
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
