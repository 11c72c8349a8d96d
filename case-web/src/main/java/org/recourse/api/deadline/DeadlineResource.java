package org.recourse.api.deadline;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.deadline.DeadlineService;
import org.recourse.deadline.DeadlineService.StatusChange;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.shared.InvalidInputException;

/**
 * The caller's deadlines across cases, closing one (done, or waived with a reason), and opening a
 * closed one again.
 */
@Path("/deadlines")
@RequestScoped
@Tag(name = "deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class DeadlineResource {

  @EJB private DeadlineService deadlines;

  @GET
  @Operation(
      operationId = "listMyDeadlines",
      summary = "The caller's open deadlines due between from and to (ISO dates or instants)")
  public List<DeadlineView> mine(@QueryParam("from") String from, @QueryParam("to") String to) {
    Instant start = moment("from", from, Instant.now());
    Instant end = moment("to", to, start.plusSeconds(30L * 24 * 3600));
    if (!end.isAfter(start)) {
      throw new InvalidInputException("to", "must be after from");
    }
    return deadlines.mine(start, end);
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeDeadlineStatus",
      summary = "Mark a deadline DONE or WAIVED (with a reason), or OPEN again")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = DeadlineView.class,
      responseCode = "200",
      responseDescription = "The deadline as changed")
  public DeadlineView change(@PathParam("id") long id, StatusChange change) {
    return deadlines.changeStatus(id, change);
  }

  @POST
  @Path("{id}/reopen")
  @Operation(
      operationId = "reopenDeadline",
      summary =
          "Open a deadline marked done or waived again (undo); the case history records it,"
              + " and an open deadline stays as it is")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = DeadlineView.class,
      responseCode = "200",
      responseDescription = "The deadline, open")
  public DeadlineView reopen(@PathParam("id") long id) {
    return deadlines.reopen(id);
  }

  @PUT
  @Path("{id}/start-date")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "setDeadlineStartDate",
      summary =
          "The date a deadline whose rule counts from a chosen start date (trigger MANUAL)"
              + " counts from; the deadline is computed from it and the move logged")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = DeadlineView.class,
      responseCode = "200",
      responseDescription = "The deadline as computed from the start date")
  public DeadlineView startDate(@PathParam("id") long id, StartDate body) {
    return deadlines.setStartDate(id, body == null ? null : body.startDate());
  }

  @PUT
  @Path("{id}/shared-with-client")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "shareDeadlineWithClient",
      summary =
          "Whether the client sees the deadline in the portal (what and when, nothing else);"
              + " the case history records the change")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponseSchema(
      value = DeadlineView.class,
      responseCode = "200",
      responseDescription = "The deadline, shared or not")
  public DeadlineView share(@PathParam("id") long id, SharedWithClient body) {
    return deadlines.shareWithClient(id, body == null ? null : body.shared());
  }

  /** Whether the client sees a deadline in the portal. */
  public record SharedWithClient(Boolean shared) {}

  /** The date a rule with trigger MANUAL counts from. */
  public record StartDate(LocalDate startDate) {}

  private static Instant moment(String field, String value, Instant fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return value.contains("T")
          ? Instant.parse(value)
          : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "is not an ISO date or instant");
    }
  }
}
