package org.recourse.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;
import org.recourse.web.http.RecentLogin;

/**
 * Asks Keycloak for a fresh login, then returns to the page the person was on. The application's
 * session ends (Keycloak's does not), and the page is requested again with {@code max_age}, which
 * the OIDC client forwards to Keycloak: a login older than that makes Keycloak ask for the password
 * again. Only paths inside the application are accepted as {@code next}, so this cannot be used to
 * send people elsewhere. Clients reach it as {@code /portal/reauthenticate}, the portal being the
 * only part of the application they may open.
 */
@WebServlet({"/reauthenticate", "/portal/reauthenticate"})
public class ReauthenticateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A path in the application: one leading slash, no scheme, no backslash, no control chars. */
  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e&&[^\\\\]]*");

  @Inject private RecentLogin recentLogin;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String next = request.getParameter("next");
    if (next == null || !LOCAL_PATH.matcher(next).matches()) {
      next = "/";
    }
    int maxAge = recentLogin.maxAgeSeconds();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(
        request.getContextPath() + next + (next.contains("?") ? "&" : "?") + "max_age=" + maxAge);
  }
}
