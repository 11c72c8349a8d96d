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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.recourse.deadline.DeadlineViews.ClockStatute;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalCommands.NewRemoval;
import org.recourse.removal.RemovalRequestService;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.removal.RemovalViews.RemovalView;

/** A case's removal requests: the list, one new request, many pasted at once. */
@Path("cases/{caseId}/removals")
@RequestScoped
@Tag(name = "removals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseRemovalResource {

  @EJB private RemovalRequestService removals;
  @Context private UriInfo uri;

  @GET
  @Operation(operationId = "listRemovals", summary = "The case's removal requests, newest first")
  public List<RemovalView> list(@PathParam("caseId") long caseId) {
    return removals.list(caseId);
  }

  @GET
  @Path("clock-statutes")
  @Operation(
      operationId = "listRemovalClockStatutes",
      summary =
          "The statutes of the law library that can set a removal request's clock (a rule"
              + " counting from the request), with citation and grade; those of the case's"
              + " jurisdictions and their parents first (ofCase)")
  @APIResponse(
      responseCode = "200",
      description = "The statutes, those of the case first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = ClockStatute.class)))
  public List<ClockStatute> clockStatutes(@PathParam("caseId") long caseId) {
    return removals.clockStatutes(caseId);
  }

  @POST
  @Operation(
      operationId = "createRemoval",
      summary =
          "A removal request for one URL (normalised; platform detected from the host unless"
              + " platformId is given); a URL the case has already is refused naming the request;"
              + " statuteId takes its clock from that statute of the law library (one with a"
              + " rule counting from a removal request) instead of its legal basis")
  @APIResponseSchema(
      value = RemovalView.class,
      responseCode = "201",
      responseDescription = "The removal request created")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response create(@PathParam("caseId") long caseId, NewRemoval command) {
    RemovalView created = removals.create(caseId, command);
    return Response.created(uri.getBaseUriBuilder().path("removals/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @POST
  @Path("bulk")
  @Operation(
      operationId = "createRemovalsInBulk",
      summary =
          "Many URLs at once (one per line): a draft request each, grouped by platform;"
              + " duplicates in the case and unusable lines (with their line number and why) are"
              + " reported, not created")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponse(
      responseCode = "400",
      description =
          "No line could be used: the error of field urls names each line, what it held and why")
  @APIResponseSchema(
      value = BulkResult.class,
      responseCode = "200",
      responseDescription = "The drafts created and the lines refused")
  public BulkResult bulk(@PathParam("caseId") long caseId, BulkRemoval command) {
    BulkResult result = removals.bulk(caseId, command);
    if (result.nothingUsable()) {
      throw result.refusal();
    }
    return result;
  }
}
