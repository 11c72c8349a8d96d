package org.recourse.web.evidence;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.recourse.evidence.EvidenceMatching;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.Ingestor;
import org.recourse.web.http.MultipartUpload;
import org.recourse.web.http.ServletProblems;

/**
 * The largest request body each route takes, set on the server's own exchange (Undertow's max
 * entity size, which otherwise is the listener's 10 MiB for every request): the two evidence upload
 * routes, {@code POST /api/v1/cases/<id>/evidence} and {@code POST /evidence-files/cases/<id>}, and
 * the client portal's two, {@code POST /api/v1/portal/cases/<id>/evidence} and {@code POST
 * /portal/files/upload}, take {@code recourse.evidence.max-bytes} and room for the multipart
 * envelope; a probe to match, {@code POST /api/v1/evidence/matches}, takes {@link
 * EvidenceMatching#MAX_PROBE_BYTES} and that room; every other route takes {@link
 * #OTHER_MAX_BYTES}. A body that says in its {@code Content-Length} that it is larger is answered
 * 413 problem+json before a byte of it is read; one without a length that runs past the limit is
 * cut off by the server.
 *
 * <p>The portal page's upload form ({@code POST /portal/files/upload}) is a browser's plain form,
 * sent by a client who should never see a page of JSON: a body it declares too large goes on,
 * unread, to its servlet, which refuses it beside the file field as it refuses any other file, in
 * the client's language.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestBodyLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The limit of every route but the uploads: far above any JSON body or form of the pages. */
  public static final long OTHER_MAX_BYTES = 10L << 20;

  private static final Pattern UPLOAD =
      Pattern.compile(
          "/api/v1/cases/\\d{1,18}/evidence|/evidence-files/cases/\\d{1,18}"
              + "|/api/v1/portal/cases/\\d{1,18}/evidence|/portal/files/upload");

  private static final String PROBE = "/api/v1/evidence/matches";

  /** The upload route of a page form whose servlet shows its own refusals on the page. */
  private static final String PAGE_FORM = "/portal/files/upload";

  @Inject private transient EvidenceStorage storage;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean post = "POST".equals(request.getMethod());
    boolean probe = post && PROBE.equals(path);
    boolean upload = probe || post && UPLOAD.matcher(path).matches();
    long fileLimit = probe ? EvidenceMatching.MAX_PROBE_BYTES : storage.ingestor().maxBytes();
    long limit = upload ? MultipartUpload.largestBody(fileLimit) : OTHER_MAX_BYTES;
    boolean declaredTooLarge = request.getContentLengthLong() > limit;
    if (declaredTooLarge && post && PAGE_FORM.equals(path)) {
      // The servlet refuses it on the page before reading any of it; the unread rest ends the
      // connection, as below.
      response.setHeader("Connection", "close");
    } else if (declaredTooLarge) {
      tooLarge(
          response,
          upload ? "file" : "body",
          upload
              ? Ingestor.tooLargeMessage(fileLimit)
              : "The request body is larger than the limit of "
                  + Ingestor.describe(OTHER_MAX_BYTES)
                  + ".");
      return;
    }
    ServletRequestContext current = ServletRequestContext.current();
    if (current != null && current.getExchange().isRequestChannelAvailable()) {
      current.getExchange().setMaxEntitySize(limit);
    }
    chain.doFilter(request, response);
  }

  private static void tooLarge(HttpServletResponse response, String field, String detail)
      throws IOException {
    // The body is not read: end the connection rather than read it all to reuse it.
    response.setHeader("Connection", "close");
    response.setHeader("Cache-Control", "no-store");
    ServletProblems.write(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "Content Too Large",
        detail,
        Map.of(field, detail));
  }
}
