package org.recourse.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recourse.shared.Roles;
import org.recourse.users.UserDirectory;
import org.recourse.web.http.CurrentUser;

/**
 * Keeps the user directory current: for a signed-in request, records the user's name and e-mail
 * from the Keycloak token, at most every few minutes per user, so reminders reach the team.
 */
@WebFilter("/*")
public class UserSeenFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Duration REFRESH = Duration.ofMinutes(10);

  private final Map<String, Instant> recorded = new ConcurrentHashMap<>();

  @EJB private UserDirectory directory;
  @Inject private CurrentUser currentUser;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() != null && isStaff(request)) {
      String username = request.getUserPrincipal().getName();
      Instant last = recorded.get(username);
      Instant now = Instant.now();
      if (last == null || last.plus(REFRESH).isBefore(now)) {
        recorded.put(username, now);
        directory.seen(username, currentUser.getDisplayName(), currentUser.email().orElse(null));
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * Clients are not recorded: the directory is for reaching the team, and a client's name or e-mail
   * address must not be kept where the team's reminders are made.
   */
  private static boolean isStaff(HttpServletRequest request) {
    return Roles.STAFF.stream().anyMatch(request::isUserInRole);
  }
}
