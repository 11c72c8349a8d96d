package org.recourse.web.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.shared.Roles;

/**
 * A client who opens the application's address ({@code /}, the staff dashboard) is refused it as
 * every staff page; instead of the refusal they are sent to the portal, their only page. The
 * container answers the refusal by dispatching to the 403 error page, so this filter sits there.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ClientHomeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String home = request.getContextPath() + "/";
    if (isOnlyClient(request)
        && (home.equals(uri) || (home + "index.xhtml").equals(uri))
        && !response.isCommitted()) {
      response.reset();
      response.sendRedirect(home + "portal/");
      return;
    }
    chain.doFilter(request, response);
  }

  /** A client and nothing else: no staff role. */
  static boolean isOnlyClient(HttpServletRequest request) {
    return request.isUserInRole(Roles.CLIENT)
        && !request.isUserInRole(Roles.ATTORNEY)
        && !request.isUserInRole(Roles.ADVOCATE)
        && !request.isUserInRole(Roles.CASEWORKER)
        && !request.isUserInRole(Roles.ADMIN);
  }
}
