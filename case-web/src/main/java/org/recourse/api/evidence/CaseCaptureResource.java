package org.recourse.api.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.casefile.CaseService;
import org.recourse.evidence.capture.CaptureService;
import org.recourse.evidence.capture.CaptureViews.CaptureJobView;
import org.recourse.evidence.capture.CaptureViews.NewCapture;
import org.recourse.evidence.capture.CaptureViews.TextPassages;
import org.recourse.web.http.RecentLogin;

/**
 * Capturing a web page into a case: the request is answered at once with a job (202) whose progress
 * is read at {@code captures/{id}}; the capture ends in evidence items of kind web capture. The job
 * names its items, never the page's text.
 */
@Path("cases/{caseId}/captures")
@RequestScoped
@Tag(name = "evidence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseCaptureResource {

  @EJB private CaptureService captures;
  @EJB private CaseService cases;
  @Inject private RecentLogin recentLogin;
  @Context private UriInfo uri;
  @Context private HttpServletRequest request;

  @POST
  @Operation(
      operationId = "capturePage",
      summary =
          "Capture a web page (url, optional note, optional removalRequestId): the HTTP exchange"
              + " as WARC, and where Chromium is installed a full-page screenshot, the rendered"
              + " page (MHTML) and its visible text, each stored as evidence")
  @APIResponseSchema(
      value = CaptureJobView.class,
      responseCode = "202",
      responseDescription = "The capture job, queued")
  @APIResponse(responseCode = "400", description = "Not a web address; the problem names url")
  @APIResponse(
      responseCode = "422",
      description = "The address leads into a private network or to this server; the reason")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response capture(@PathParam("caseId") long caseId, NewCapture command) {
    CaptureJobView job = captures.start(caseId, command);
    return Response.accepted(job)
        .location(uri.getBaseUriBuilder().path("captures/{id}").build(job.id()))
        .build();
  }

  @GET
  @Operation(operationId = "listCaptures", summary = "The case's latest captures, newest first")
  public List<CaptureJobView> list(@PathParam("caseId") long caseId) {
    return captures.ofCase(caseId);
  }

  @GET
  @Path("text")
  @Operation(
      operationId = "searchCapturedText",
      summary =
          "Search the visible text of the case's captured pages (q, at least 2 characters): a few"
              + " passages a capture around each match; for attorneys and advocates of the team,"
              + " recorded in each matching item's custody log and in the access log")
  @APIResponse(
      responseCode = "200",
      description = "The captures whose text holds the words, with passages around each match",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TextPassages.class)))
  @APIResponse(responseCode = "400", description = "No usable search; the problem names q")
  @APIResponse(
      responseCode = "403",
      description = "Only attorneys and advocates of the case team read captured pages")
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  public List<TextPassages> searchText(
      @PathParam("caseId") long caseId, @QueryParam("q") String query) {
    if (cases.access(caseId).canHandleEvidence()) {
      recentLogin.require(); // others get the service's 404 or 403
    }
    return captures.searchText(caseId, query, request.getRemoteAddr());
  }
}
