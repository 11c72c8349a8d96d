package org.recourse.web.audit;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recourse.audit.AccessLogService;
import org.recourse.audit.AccessLogViews.AccessQuery;
import org.recourse.audit.AccessQueries;
import org.recourse.shared.InvalidInputException;

/**
 * The access log as CSV for the page's "Export CSV" link: a plain GET with the filters in force
 * (the same parameters as the API), under {@code /admin/}, so only administrators reach it.
 */
@WebServlet("/admin/access-log.csv")
public class AccessLogCsvServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private AccessLogService log;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AccessQuery query;
    try {
      query =
          AccessQueries.parse(
              request.getParameter("user"),
              request.getParameter("caseId"),
              request.getParameter("action"),
              request.getParameter("from"),
              request.getParameter("to"));
    } catch (InvalidInputException e) {
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST,
          "Invalid filter: " + String.join(", ", e.fieldErrors().keySet()));
      return;
    }
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "attachment; filename=\"access-log.csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    log.exportCsv(query, response.getWriter());
  }
}
