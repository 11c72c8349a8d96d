package org.recourse.web.deadline;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recourse.deadline.CalendarFeedService;
import org.recourse.shared.NotFoundException;

/**
 * Serves a personal deadline feed at {@code /feeds/<token>.ics} to a calendar app, which cannot log
 * in through Keycloak: the secret token is the credential, so the path is not protected by a login
 * and an unknown or revoked token answers 404.
 */
@WebServlet("/feeds/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CalendarFeedService feeds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path == null || !path.matches("/[0-9a-f]{64}\\.ics")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String token = path.substring(1, path.length() - ".ics".length());
    try {
      String calendar = feeds.render(token);
      response.setContentType("text/calendar");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write(calendar);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }
}
