package org.recourse.api.removals;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.removal.RemovalCommands.NoticeInput;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.RemovalService;
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

  /** Whether the re-upload watcher checks the URL. */
  public record Watch(boolean watched) {}

  @EJB private RemovalService removals;
  @EJB private ReuploadWatcher watcher;
  @Context private UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(summary = "A request with its status history, sent notices and recent URL checks")
  public RemovalDetail get(@PathParam("id") long id) {
    return removals.get(id);
  }

  @POST
  @Path("{id}/status")
  @Operation(
      summary =
          "Move the request (SUBMITTED starts the clock of its basis); a move the workflow does"
              + " not allow is 409 with the allowed statuses")
  public RemovalView status(@PathParam("id") long id, StatusChange change) {
    return removals.changeStatus(id, change);
  }

  @POST
  @Path("{id}/counter-notice")
  @Operation(
      summary = "A DMCA counter-notice arrived: the 10–14 business-day restore window starts")
  public RemovalView counterNotice(@PathParam("id") long id, CounterNotice body) {
    return removals.counterNotice(id, body == null ? null : body.receivedAt());
  }

  @PUT
  @Path("{id}/follow-up")
  @Operation(summary = "The follow-up date of a request whose basis sets no legal clock")
  public RemovalView followUp(@PathParam("id") long id, FollowUp body) {
    return removals.followUp(id, body == null ? null : body.followUpDate());
  }

  @PUT
  @Path("{id}/evidence")
  @Operation(summary = "Link the request to evidence items of its case (replaces the links)")
  public RemovalView linkEvidence(@PathParam("id") long id, List<String> evidenceIds) {
    return removals.linkEvidence(id, evidenceIds);
  }

  @PUT
  @Path("{id}/watch")
  @Operation(summary = "Whether the re-upload watcher checks this URL")
  public RemovalView watch(@PathParam("id") long id, Watch body) {
    return removals.watch(id, body != null && body.watched());
  }

  @POST
  @Path("{id}/dismiss-reupload")
  @Operation(summary = "The team has acted on a re-upload alert")
  public RemovalView dismissReupload(@PathParam("id") long id) {
    return removals.dismissReupload(id);
  }

  @POST
  @Path("{id}/notice-preview")
  @Operation(summary = "The notice as it would be sent; nothing is stored")
  public NoticePreview preview(@PathParam("id") long id, NoticeInput input) {
    return removals.previewNotice(id, input);
  }

  @POST
  @Path("{id}/notices")
  @Operation(
      summary =
          "Record the notice as sent (it can no longer change); a draft request becomes"
              + " SUBMITTED, which starts its clock")
  public Response send(@PathParam("id") long id, NoticeInput input) {
    NoticeView sent = removals.sendNotice(id, input);
    return Response.created(
            uri.getBaseUriBuilder().path("removals/notices/{n}/pdf").build(sent.id()))
        .entity(sent)
        .build();
  }

  @GET
  @Path("{id}/notices")
  @Operation(summary = "The notices sent for the request, oldest first")
  public List<NoticeView> notices(@PathParam("id") long id) {
    return removals.notices(id);
  }

  @GET
  @Path("notices/{noticeId}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "A sent notice as PDF")
  public Response pdf(@PathParam("noticeId") long noticeId) {
    return Response.ok(removals.noticePdf(noticeId), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"notice-" + noticeId + ".pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("reuploads")
  @Operation(summary = "Content that answers again after it was taken down, in the caller's cases")
  public List<ReuploadAlert> reuploads() {
    return removals.reuploadAlerts();
  }

  @POST
  @Path("checks/run")
  @RolesAllowed(ADMIN)
  @Operation(summary = "Check every watched URL now (otherwise the watcher runs on its interval)")
  public CheckRun runChecks() {
    return new CheckRun(watcher.runNow());
  }

  /** How many URLs were checked. */
  public record CheckRun(int checked) {}
}
