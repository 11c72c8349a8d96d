package org.recourse.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
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
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    response.sendRedirect(KeycloakLogout.endSessionUrl(request, "/", idToken));
  }
}
