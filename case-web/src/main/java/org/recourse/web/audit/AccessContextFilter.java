package org.recourse.web.audit;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.audit.AccessContext;
import org.recourse.audit.AccessLog;
import org.recourse.audit.TargetType;

/**
 * Opens the access log's context for every request, with the client's address, so rows written
 * while the request runs carry it. On the error page of a 403 (a page refused by its role
 * constraint in {@code web.xml}, which no service sees) it records the refusal, unless a service
 * already recorded it during the request. Only the path is recorded, never the query string, which
 * can carry searched names.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class AccessContextFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AccessContextFilter.class.getName());
  private static final String RECORDED = AccessContextFilter.class.getName() + ".refusalRecorded";

  @EJB private AccessLog accessLog;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      recordRefusedPage(request);
      chain.doFilter(request, response);
      return;
    }
    try (AccessContext.Request context = AccessContext.openRequest(request.getRemoteAddr())) {
      try {
        chain.doFilter(request, response);
      } finally {
        if (context.refusalRecorded()) {
          request.setAttribute(RECORDED, Boolean.TRUE);
        }
      }
    }
  }

  private void recordRefusedPage(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (!Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)
        || request.getUserPrincipal() == null
        || request.getAttribute(RECORDED) != null) {
      return;
    }
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    try (AccessContext.Request context = AccessContext.openRequest(request.getRemoteAddr())) {
      accessLog.denied(
          null,
          TargetType.PAGE,
          String.valueOf(uri),
          "The page's role constraint refused the caller (403)");
      request.setAttribute(RECORDED, Boolean.TRUE);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A refused page could not be recorded in the access log", e);
    }
  }
}
