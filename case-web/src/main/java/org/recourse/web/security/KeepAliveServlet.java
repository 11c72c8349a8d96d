package org.recourse.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in" from the idle warning: a signed-in request that does nothing but count as
 * activity, so the session's idle clock starts again. Answers 204, or the login redirect when the
 * session has already ended. The portal's pages use {@code /portal/keep-alive}, under the portal's
 * constraint (clients only).
 */
@WebServlet({"/keep-alive", "/portal/keep-alive"})
public class KeepAliveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    request.getSession(false);
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
