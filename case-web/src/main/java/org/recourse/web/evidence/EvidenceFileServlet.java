package org.recourse.web.evidence;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.casefile.CaseService;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.EvidenceViews.Content;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.Preview;
import org.recourse.evidence.PreviewKind;
import org.recourse.evidence.export.EvidenceExports;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.ProblemException;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.EjbExceptions;
import org.recourse.web.http.FormToken;
import org.recourse.web.http.MultipartUpload;
import org.recourse.web.http.RecentLogin;
import org.recourse.web.http.ServletProblems;

/**
 * Evidence files for the signed-in case page, under {@code /evidence-files/}:
 *
 * <ul>
 *   <li>{@code GET <id>/preview} the blurred thumbnail (a video's poster frame), {@code ?reveal=1}
 *       the sharp one (logged);
 *   <li>{@code GET <id>/strip} a video's blurred strip of frames, {@code ?reveal=1} the sharp one
 *       (logged);
 *   <li>{@code GET <id>/content} the file as an attachment (logged);
 *   <li>{@code POST cases/<caseId>} a streamed upload from the evidence tab (answers JSON);
 *   <li>{@code POST cases/<caseId>/export} the export package of the ticked items.
 * </ul>
 *
 * The posts carry the session's {@link FormToken}. Errors are problem documents naming the field.
 */
@WebServlet("/evidence-files/*")
public class EvidenceFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern ITEM =
      Pattern.compile(
          "/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/(preview|strip|content)");
  private static final Pattern UPLOAD = Pattern.compile("/cases/(\\d{1,18})(/export)?");

  @EJB private EvidenceService evidence;
  @EJB private EvidenceIntake intake;
  @EJB private EvidenceExports exports;
  @EJB private CaseService cases;
  @Inject private RecentLogin recentLogin;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = ITEM.matcher(String.valueOf(request.getPathInfo()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String id = path.group(1);
    safeHeaders(response);
    try {
      boolean reveal = "1".equals(request.getParameter("reveal"));
      boolean sharp = path.group(2).equals("content") || reveal;
      EvidenceView item = sharp ? evidence.get(id) : null;
      if (sharp && item.canReveal() && !recentLogin.isRecent()) {
        if (reveal) {
          writeProblem(response, 401, "Sign in again to reveal evidence.", null);
        } else {
          signInAgain(request, response, item.caseId());
        }
        return;
      }
      if (!path.group(2).equals("content")) {
        PreviewKind kind = path.group(2).equals("strip") ? PreviewKind.STRIP : PreviewKind.POSTER;
        Preview preview = evidence.preview(id, kind, reveal, request.getRemoteAddr(), null);
        response.setContentType("image/jpeg");
        response.setContentLength(preview.jpeg().length);
        response.getOutputStream().write(preview.jpeg());
      } else {
        Content content = evidence.download(id, request.getRemoteAddr(), null);
        response.setContentType(content.mediaType());
        response.setContentLengthLong(content.size());
        response.setHeader("Content-Disposition", DownloadHeaders.attachment(content.fileName()));
        try (InputStream in = content.source().open()) {
          in.transferTo(response.getOutputStream());
        }
      }
    } catch (RuntimeException e) {
      problem(response, e);
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = UPLOAD.matcher(String.valueOf(request.getPathInfo()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long caseId = Long.parseLong(path.group(1));
    boolean export = path.group(2) != null;
    String token =
        export ? request.getParameter(FormToken.FIELD) : request.getHeader(FormToken.HEADER);
    safeHeaders(response);
    if (!FormToken.present(request, token)) {
      writeProblem(response, 403, "This page is out of date; reload it and try again.", null);
      return;
    }
    try {
      if (export && cases.access(caseId).canHandleEvidence() && !recentLogin.isRecent()) {
        signInAgain(request, response, caseId);
      } else if (export) {
        export(request, response, caseId);
      } else {
        EvidenceView added = MultipartUpload.receive(request, caseId, intake);
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                Json.createObjectBuilder()
                    .add("id", added.id())
                    .add("sha256", added.sha256())
                    .build()
                    .toString());
      }
    } catch (RuntimeException e) {
      problem(response, e);
    }
  }

  private void export(HttpServletRequest request, HttpServletResponse response, long caseId)
      throws IOException {
    String[] ids = request.getParameterValues("evidenceId");
    List<String> wanted = ids == null ? List.of() : Arrays.asList(ids);
    if (wanted.isEmpty()) {
      throw new InvalidInputException("evidenceId", "Tick the items to export");
    }
    PackageDownload download =
        exports.download(caseId, wanted, request.getParameter("purpose"), request.getRemoteAddr());
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", DownloadHeaders.attachment(download.fileName()));
    download.writeTo(response.getOutputStream());
  }

  /** A login too old for the act: sign in again at Keycloak and come back to the case page. */
  private void signInAgain(HttpServletRequest request, HttpServletResponse response, long caseId)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location", request.getContextPath() + recentLogin.reauthenticationPath("/case/" + caseId));
  }

  private static void safeHeaders(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
  }

  private static void problem(HttpServletResponse response, RuntimeException e) throws IOException {
    RuntimeException cause = EjbExceptions.unwrap(e);
    if (cause instanceof EvidenceRejectedException rejected) {
      writeProblem(response, rejected.reason().status(), rejected.detail(), rejected.fieldErrors());
    } else if (cause instanceof InvalidInputException invalid) {
      writeProblem(response, 400, "The request has invalid fields.", invalid.fieldErrors());
    } else if (cause instanceof NotFoundException) {
      writeProblem(response, 404, cause.getMessage(), null);
    } else if (cause instanceof NotPermittedException || cause instanceof EJBAccessException) {
      writeProblem(response, 403, cause.getMessage(), null);
    } else if (cause instanceof ProblemException other) {
      writeProblem(response, other.status(), other.detail(), other.fieldErrors());
    } else {
      throw e;
    }
  }

  private static void writeProblem(
      HttpServletResponse response, int status, String detail, Map<String, String> errors)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    safeHeaders(response);
    ServletProblems.write(response, status, null, detail, errors);
  }
}
