package org.recourse.api.removal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.removal.RemovalCommands.NoticeInput;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.RemovalNoticeService;
import org.recourse.removal.RemovalRequestService;
import org.recourse.removal.RemovalViews.NoticePreview;
import org.recourse.removal.RemovalViews.NoticeView;
import org.recourse.removal.RemovalViews.RemovalDetail;
import org.recourse.removal.RemovalViews.RemovalView;
import org.recourse.removal.RemovalViews.ReuploadAlert;
import org.recourse.removal.ReuploadWatcher;

/** One removal request: its workflow, notices, clock and watch. */
@Path("removals")
@RequestScoped
@Tag(name = "removals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class RemovalResource {

  /** When a DMCA counter-notice arrived. */
  public record CounterNotice(Instant receivedAt) {}

  /** A follow-up date for a basis without a legal clock. */
  public record FollowUp(LocalDate followUpDate) {}

  /** The statute of the law library whose rules set the request's clock; null: its legal basis'. */
  public record ClockChoice(Long statuteId) {}

  /** Whether the re-upload watcher checks the URL. */
  public record Watch(boolean watched) {}

  @EJB private RemovalRequestService removals;
  @EJB private RemovalNoticeService notices;
  @EJB private ReuploadWatcher watcher;
  @Context private UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getRemoval",
      summary = "A request with its status history, sent notices and recent URL checks")
  public RemovalDetail get(@PathParam("id") long id) {
    return removals.get(id);
  }

  @POST
  @Path("{id}/status")
  @Operation(
      operationId = "changeRemovalStatus",
      summary =
          "Move the request (SUBMITTED starts the clock of its basis); a move the workflow does"
              + " not allow is 409 with the allowed statuses")
  @APIResponse(
      responseCode = "409",
      description =
          "A status change the workflow refuses (with the allowed statuses), or a purged case")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView status(@PathParam("id") long id, StatusChange change) {
    return removals.changeStatus(id, change);
  }

  @POST
  @Path("{id}/counter-notice")
  @Operation(
      operationId = "recordCounterNotice",
      summary = "A DMCA counter-notice arrived: the 10–14 business-day restore window starts")
  @APIResponse(
      responseCode = "409",
      description =
          "A status change the workflow refuses (with the allowed statuses), or a purged case")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView counterNotice(@PathParam("id") long id, CounterNotice body) {
    return removals.counterNotice(id, body == null ? null : body.receivedAt());
  }

  @PUT
  @Path("{id}/follow-up")
  @Operation(
      operationId = "setRemovalFollowUp",
      summary = "The follow-up date of a request whose basis sets no legal clock")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView followUp(@PathParam("id") long id, FollowUp body) {
    return removals.followUp(id, body == null ? null : body.followUpDate());
  }

  @PUT
  @Path("{id}/clock")
  @Operation(
      operationId = "setRemovalClock",
      summary =
          "Take the request's clock from a statute of the law library (a rule counting from the"
              + " request, in force on the day it was sent), or from its legal basis (statuteId"
              + " null); a sent request's deadline is recomputed")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView clock(@PathParam("id") long id, ClockChoice body) {
    return removals.clockFrom(id, body == null ? null : body.statuteId());
  }

  @PUT
  @Path("{id}/evidence")
  @Operation(
      operationId = "linkRemovalEvidence",
      summary = "Link the request to evidence items of its case (replaces the links)")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView linkEvidence(@PathParam("id") long id, List<String> evidenceIds) {
    return removals.linkEvidence(id, evidenceIds);
  }

  @PUT
  @Path("{id}/watch")
  @Operation(
      operationId = "setRemovalWatch",
      summary = "Whether the re-upload watcher checks this URL")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView watch(@PathParam("id") long id, Watch body) {
    return removals.watch(id, body != null && body.watched());
  }

  @POST
  @Path("{id}/dismiss-reupload")
  @Operation(operationId = "dismissReupload", summary = "The team has acted on a re-upload alert")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "200",
      responseDescription = "The request as changed")
  public RemovalView dismissReupload(@PathParam("id") long id) {
    return removals.dismissReupload(id);
  }

  @POST
  @Path("{id}/notice-preview")
  @Operation(
      operationId = "previewNotice",
      summary = "The notice as it would be sent; nothing is stored")
  public NoticePreview preview(@PathParam("id") long id, NoticeInput input) {
    return notices.previewNotice(id, input);
  }

  @POST
  @Path("{id}/notices")
  @Operation(
      operationId = "sendNotice",
      summary =
          "Record the notice as sent (it can no longer change); a draft request becomes"
              + " SUBMITTED, which starts its clock")
  @APIResponseSchema(
      value = NoticeView.class,
      responseCode = "201",
      responseDescription = "The notice recorded as sent")
  @APIResponse(
      responseCode = "409",
      description =
          "A status change the workflow refuses (with the allowed statuses), or a purged case")
  public Response send(@PathParam("id") long id, NoticeInput input) {
    NoticeView sent = notices.sendNotice(id, input);
    return Response.created(
            uri.getBaseUriBuilder().path("removals/notices/{n}/pdf").build(sent.id()))
        .entity(sent)
        .build();
  }

  @GET
  @Path("{id}/notices")
  @Operation(
      operationId = "listNotices",
      summary = "The notices sent for the request, oldest first")
  public List<NoticeView> notices(@PathParam("id") long id) {
    return notices.notices(id);
  }

  @GET
  @Path("notices/{noticeId}/pdf")
  @Produces("application/pdf")
  @Operation(operationId = "downloadNoticePdf", summary = "A sent notice as PDF")
  @APIResponse(
      responseCode = "200",
      description = "The notice as PDF, as an attachment",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("noticeId") long noticeId) {
    return Response.ok(notices.noticePdf(noticeId), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"notice-" + noticeId + ".pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("reuploads")
  @Operation(
      operationId = "listReuploads",
      summary = "Content that answers again after it was taken down, in the caller's cases")
  public List<ReuploadAlert> reuploads() {
    return removals.reuploadAlerts();
  }

  @POST
  @Path("checks/run")
  @RolesAllowed(ADMIN)
  @Operation(
      operationId = "runRemovalChecks",
      summary = "Check every watched URL now (otherwise the watcher runs on its interval)")
  public CheckRun runChecks() {
    return new CheckRun(watcher.runNow());
  }

  /** How many URLs were checked. */
  public record CheckRun(int checked) {}
}
