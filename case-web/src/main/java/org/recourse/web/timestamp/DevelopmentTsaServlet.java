package org.recourse.web.timestamp;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.recourse.timestamp.DevelopmentTsaService;
import org.recourse.timestamp.MalformedTimestampRequestException;

/**
 * The development TSA over HTTP (RFC 3161 § 3.4): a POST of {@code application/timestamp-query} is
 * answered with {@code application/timestamp-reply}. Not found unless {@code
 * recourse.timestamp.dev-tsa} is true; needs no login, like any TSA (web.xml).
 */
@WebServlet("/dev-tsa")
public class DevelopmentTsaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final int MAX_REQUEST_BYTES = 16 * 1024;

  @EJB private transient DevelopmentTsaService tsa;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_REQUEST_BYTES + 1);
    }
    Optional<byte[]> reply;
    try {
      if (body.length > MAX_REQUEST_BYTES) {
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
      reply = tsa.reply(body);
    } catch (MalformedTimestampRequestException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write("Not a time-stamp request (RFC 3161 TimeStampReq, DER)\n");
      return;
    }
    if (reply.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("application/timestamp-reply");
    response.setContentLength(reply.get().length);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(reply.get());
  }
}
