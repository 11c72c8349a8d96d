package org.recourse.web.removal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.removal.RemovalNoticeService;
import org.recourse.shared.NotFoundException;

/**
 * A sent notice as PDF for the signed-in case page, at {@code /notice-files/<id>.pdf}: a plain
 * link, so the browser downloads it like any file. A notice of a case the user may not see is 404.
 */
@WebServlet("/notice-files/*")
public class NoticePdfServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private RemovalNoticeService notices;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = String.valueOf(request.getPathInfo());
    if (!path.matches("/\\d{1,18}\\.pdf")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long noticeId = Long.parseLong(path.substring(1, path.length() - ".pdf".length()));
    byte[] pdf;
    try {
      pdf = notices.noticePdf(noticeId);
    } catch (NotFoundException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (jakarta.ejb.EJBException e) {
      if (e.getCause() instanceof NotFoundException) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    response.setContentType("application/pdf");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"notice-" + noticeId + ".pdf\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }
}
