package org.recourse.web.casefile;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The stable address of a case page, {@code /case/<id>}: a link that survives the trip through the
 * Keycloak login (which restores the path of the first request but drops its query string), so a
 * case link sent to a colleague opens the case after they sign in.
 */
@WebServlet("/case/*")
public class CaseLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String id = path == null ? "" : path.substring(1);
    if (!id.matches("\\d{1,18}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.getRequestDispatcher("/cases/case.xhtml?id=" + id).forward(request, response);
  }
}
