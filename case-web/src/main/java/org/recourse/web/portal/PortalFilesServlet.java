package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.Ingestor;
import org.recourse.evidence.UploadBody;
import org.recourse.evidence.UploadPart;
import org.recourse.portal.PortalService;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.ProblemException;
import org.recourse.web.http.BodyTooLargeException;
import org.recourse.web.http.EjbExceptions;
import org.recourse.web.http.FormToken;
import org.recourse.web.http.MultipartUpload;
import org.recourse.web.http.ServletProblems;

/**
 * The portal page's files, under {@code /portal/files/} (clients only, by {@code web.xml}), for the
 * client's own case, which the address never names:
 *
 * <ul>
 *   <li>{@code POST upload}: the page's plain upload form, streamed into the vault as the API's
 *       upload is; its first part must be the session's {@link FormToken} (the form is no JSF form,
 *       so it lacks the view state's protection). It answers with a redirect back to the page,
 *       which shows the outcome: a confirmation, or each refusal beside its field. A file too large
 *       is refused so too, whether its body declares the size (refused before a byte of it is read:
 *       {@code RequestBodyLimitFilter} lets this route's body through to be refused here) or runs
 *       past the limit while it is read.
 *   <li>{@code GET <id>/preview}: the blurred preview of a file the client sent.
 * </ul>
 */
@WebServlet("/portal/files/*")
public class PortalFilesServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PREVIEW =
      Pattern.compile("/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/preview");

  /** The longest description kept to show again after a refusal (the service refuses longer). */
  private static final int MAX_KEPT_BYTES = 16 * 1024;

  /** Where the page shows the outcome. */
  static final String PAGE = "/portal/index.xhtml#portal-uploads";

  @EJB private PortalService portal;
  @EJB private EvidenceIntake intake;
  @EJB private ClientUploads uploads;
  @Inject private transient EvidenceStorage storage;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PREVIEW.matcher(String.valueOf(request.getPathInfo()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    if (!path.matches()) {
      ServletProblems.write(response, 404, null, "No such file", null);
      return;
    }
    try {
      long caseId = ownCase().orElseThrow(() -> new NotFoundException("No such file"));
      byte[] jpeg = uploads.blurredPreview(caseId, path.group(1));
      response.setContentType("image/jpeg");
      response.setContentLength(jpeg.length);
      response.getOutputStream().write(jpeg);
    } catch (RuntimeException e) {
      if (!(EjbExceptions.unwrap(e) instanceof ProblemException problem)) {
        throw e;
      }
      response.resetBuffer();
      ServletProblems.write(response, problem.status(), null, problem.detail(), null);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!"/upload".equals(request.getPathInfo())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    TokenFirst body = new TokenFirst(new MultipartUpload(request), request);
    UploadOutcome outcome;
    try {
      Optional<Long> caseId = ownCase();
      if (caseId.isEmpty()) {
        throw new NotFoundException("No such case");
      }
      // A body declared larger than the limit is refused here before a byte of it is read.
      MultipartUpload.receiveFromClient(body, request, caseId.get(), intake);
      outcome = UploadOutcome.received();
    } catch (IOException | RuntimeException e) {
      Optional<UploadOutcome> refused =
          refusal(e, body.description(), storage.ingestor().maxBytes());
      if (refused.isEmpty()) {
        throw e;
      }
      outcome = refused.get();
      if (tooLarge(e)) {
        // The rest of the body is not read: end the connection rather than read it all.
        response.setHeader("Connection", "close");
      }
    }
    request.getSession().setAttribute(UploadOutcome.ATTRIBUTE, outcome);
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + PAGE);
  }

  /**
   * How a failed upload is shown on the page: each refusal beside its field (one of no field as
   * {@code page}), and a body the server cut off at its route's limit as a file too large; empty
   * for a failure that is no refusal.
   */
  static Optional<UploadOutcome> refusal(Exception failure, String description, long maxFileBytes) {
    if (BodyTooLargeException.cutOffAtLimit(failure)) {
      return Optional.of(
          UploadOutcome.refused(
              Map.of("file", Ingestor.tooLargeMessage(maxFileBytes)), description));
    }
    if (!(failure instanceof RuntimeException runtime)) {
      return Optional.empty();
    }
    RuntimeException cause = EjbExceptions.unwrap(runtime);
    if (cause instanceof InvalidInputException invalid) {
      return Optional.of(UploadOutcome.refused(invalid.fieldErrors(), description));
    }
    if (cause instanceof ProblemException problem) {
      return Optional.of(UploadOutcome.refused(Map.of("page", problem.detail()), description));
    }
    return Optional.empty();
  }

  /** Whether the upload was refused as too large, so that the rest of its body may be unread. */
  private static boolean tooLarge(Exception failure) {
    return BodyTooLargeException.cutOffAtLimit(failure)
        || failure instanceof RuntimeException runtime
            && EjbExceptions.unwrap(runtime) instanceof EvidenceRejectedException rejected
            && rejected.reason() == Reason.TOO_LARGE;
  }

  private Optional<Long> ownCase() {
    return portal.myCaseId();
  }

  /**
   * The upload form's body, refused unless its first part is the session's form token; the
   * description is kept as it passes, to be shown again if the upload is refused.
   */
  static final class TokenFirst implements UploadBody {

    private final UploadBody body;
    private final HttpServletRequest request;
    private boolean checked;
    private String description;

    TokenFirst(UploadBody body, HttpServletRequest request) {
      this.body = body;
      this.request = request;
    }

    /** The description the form sent, if it was not too long to keep. */
    String description() {
      return description;
    }

    @Override
    public void open(long maxFileBytes) throws IOException {
      body.open(maxFileBytes);
    }

    @Override
    public UploadPart next() throws IOException {
      UploadPart part = body.next();
      if (!checked) {
        checked = true;
        if (part == null
            || part.file()
            || !FormToken.FIELD.equals(part.name())
            || !FormToken.present(request, text(part.content()))) {
          throw new InvalidInputException(
              "page", "This page is out of date; reload it and try again.");
        }
        part = body.next();
      }
      if (part != null && !part.file() && "description".equals(part.name())) {
        byte[] bytes;
        try (InputStream in = part.content()) {
          bytes = in.readNBytes(MAX_KEPT_BYTES + 1);
        }
        if (bytes.length <= MAX_KEPT_BYTES) {
          description = new String(bytes, StandardCharsets.UTF_8);
        }
        return new UploadPart(part.name(), false, null, new ByteArrayInputStream(bytes));
      }
      return part;
    }

    private static String text(InputStream content) throws IOException {
      try (InputStream in = content) {
        return new String(in.readNBytes(256), StandardCharsets.US_ASCII);
      }
    }
  }
}
