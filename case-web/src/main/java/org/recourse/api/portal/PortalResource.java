package org.recourse.api.portal;

import static org.recourse.shared.Roles.CLIENT;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.PortalCommands.NewIncident;
import org.recourse.portal.PortalCommands.NewReport;
import org.recourse.portal.PortalService;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalCaseView;
import org.recourse.portal.PortalViews.PortalDateView;
import org.recourse.portal.PortalViews.PortalStatusView;
import org.recourse.portal.PortalViews.ReportView;

/**
 * The client portal's API, for the realm role {@code client} only. A client reaches the one case
 * their user is linked to; every other case id answers 404, worded as for one that does not exist.
 */
@Path("portal/cases")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CLIENT)
public class PortalResource {

  @EJB private PortalService portal;

  @GET
  @Operation(
      operationId = "listPortalCases",
      summary =
          "The caller's own case (none or one), by id and status in plain words (in the"
              + " language of GET /portal/language)")
  public List<PortalCaseView> cases(@Context HttpHeaders headers) {
    return portal.myCases(portal.language(headers.getAcceptableLanguages()));
  }

  @GET
  @Path("{caseId}/status")
  @Operation(
      operationId = "getPortalStatus",
      summary =
          "Where the case stands in plain words (in the language of GET /portal/language), and"
              + " each removal request the team has sent: platform, when sent, the time a law"
              + " gives the platform to act, removed or not")
  public PortalStatusView status(@PathParam("caseId") long caseId, @Context HttpHeaders headers) {
    return portal.status(caseId, portal.language(headers.getAcceptableLanguages()));
  }

  @GET
  @Path("{caseId}/dates")
  @Operation(
      operationId = "listPortalDates",
      summary =
          "The dates the team shares with the client (deadlines flagged \"share with client\","
              + " open ones), soonest first: what and when (a day, or an exact time), nothing else")
  public List<PortalDateView> dates(@PathParam("caseId") long caseId) {
    return portal.sharedDates(caseId);
  }

  @GET
  @Path("{caseId}/incidents")
  @Operation(
      operationId = "listPortalIncidents",
      summary = "The client's incident log, in the order things happened")
  public List<IncidentView> incidents(@PathParam("caseId") long caseId) {
    return portal.incidents(caseId);
  }

  @POST
  @Path("{caseId}/incidents")
  @Operation(
      operationId = "addPortalIncident",
      summary =
          "Adds an incident log entry: when (not in the future), what happened (up to 4000"
              + " characters), where and who (up to 1000 each), what is still needed (up to 2000)")
  @APIResponseSchema(
      value = IncidentView.class,
      responseCode = "201",
      responseDescription = "The entry as stored")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response addIncident(@PathParam("caseId") long caseId, NewIncident entry) {
    return Response.status(Response.Status.CREATED)
        .entity(portal.addIncident(caseId, entry))
        .build();
  }

  @GET
  @Path("{caseId}/reports")
  @Operation(
      operationId = "listPortalReports",
      summary = "The web addresses the client reported, newest first, with where each stands")
  public List<ReportView> reports(@PathParam("caseId") long caseId) {
    return portal.reports(caseId);
  }

  @POST
  @Path("{caseId}/reports")
  @Operation(
      operationId = "reportPortalUrl",
      summary =
          "Reports a web address where the content appears, with a note (up to 1000 characters):"
              + " a suggestion for the team; not a web address, or one the team already has, is"
              + " refused naming url")
  @APIResponseSchema(
      value = ReportView.class,
      responseCode = "201",
      responseDescription = "The address as recorded (normalised)")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response report(@PathParam("caseId") long caseId, NewReport report) {
    return Response.status(Response.Status.CREATED).entity(portal.report(caseId, report)).build();
  }
}
