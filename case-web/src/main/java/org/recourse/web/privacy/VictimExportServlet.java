package org.recourse.web.privacy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.privacy.VictimExportService;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.FormToken;
import org.recourse.web.http.RecentLogin;
import org.recourse.web.http.ServletProblems;

/**
 * The victim data export for the case page's button: {@code POST /victim-export/cases/<caseId>}
 * with the session's {@link FormToken} answers the ZIP as an attachment, or a problem document. A
 * plain form post, like the evidence export, because an ajax download never reaches the browser.
 */
@WebServlet("/victim-export/*")
public class VictimExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern CASE = Pattern.compile("/cases/(\\d{1,18})");

  @EJB private VictimExportService exports;
  @Inject private RecentLogin recentLogin;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = CASE.matcher(String.valueOf(request.getPathInfo()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    if (!FormToken.present(request, request.getParameter(FormToken.FIELD))) {
      ServletProblems.write(
          response, 403, "Forbidden", "This page is out of date; reload it and try again.", null);
      return;
    }
    PackageDownload export;
    try {
      export = exports.download(Long.parseLong(path.group(1)), request.getRemoteAddr());
    } catch (NotFoundException e) {
      ServletProblems.write(response, 404, "Not Found", e.getMessage(), null);
      return;
    } catch (NotPermittedException | EJBAccessException e) {
      ServletProblems.write(response, 403, "Forbidden", e.getMessage(), null);
      return;
    }
    if (!recentLogin.isRecent()) {
      // Allowed, but the login is too old: the password again at Keycloak, then the case page.
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          request.getContextPath() + recentLogin.reauthenticationPath("/case/" + path.group(1)));
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", DownloadHeaders.attachment(export.fileName()));
    export.writeTo(response.getOutputStream());
  }
}
