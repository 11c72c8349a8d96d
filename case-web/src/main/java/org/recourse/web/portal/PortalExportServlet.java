package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Optional;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.portal.PortalService;
import org.recourse.privacy.ClientExportService;
import org.recourse.shared.NotFoundException;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.FormToken;
import org.recourse.web.http.RecentLogin;
import org.recourse.web.http.ServletProblems;

/**
 * The portal page's "Download my information": {@code POST /portal/export} with the session's
 * {@link FormToken} answers the client's own data export as an attachment (see {@link
 * ClientExportService}). A login older than the security policy allows goes back to Keycloak for
 * the password and then to the portal, where the client presses the button again, as staff do on
 * the case page ({@code VictimExportServlet}). The address names no case: the client has one.
 */
@WebServlet("/portal/export")
public class PortalExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private PortalService portal;
  @EJB private ClientExportService exports;
  @Inject private RecentLogin recentLogin;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    if (!FormToken.present(request, request.getParameter(FormToken.FIELD))) {
      ServletProblems.write(
          response, 403, "Forbidden", "This page is out of date; reload it and try again.", null);
      return;
    }
    PackageDownload export;
    try {
      Optional<Long> own = portal.myCaseId();
      if (own.isEmpty()) {
        ServletProblems.write(response, 404, "Not Found", "No such case", null);
        return;
      }
      // Nothing is read or built for a login that is not recent.
      if (!recentLogin.isRecent()) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader(
            "Location", request.getContextPath() + recentLogin.reauthenticationPath("/portal/"));
        return;
      }
      export = exports.download(own.get(), portal.language(Collections.list(request.getLocales())));
    } catch (NotFoundException e) {
      ServletProblems.write(response, 404, "Not Found", e.getMessage(), null);
      return;
    } catch (EJBAccessException e) {
      ServletProblems.write(response, 403, "Forbidden", e.getMessage(), null);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", DownloadHeaders.attachment(export.fileName()));
    export.writeTo(response.getOutputStream());
  }
}
