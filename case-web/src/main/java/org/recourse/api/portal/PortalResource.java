package org.recourse.api.portal;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.portal.PortalCommands.NewIncident;
import org.recourse.portal.PortalCommands.NewReport;
import org.recourse.portal.PortalService;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalCaseView;
import org.recourse.portal.PortalViews.PortalDateView;
import org.recourse.portal.PortalViews.PortalStatusView;
import org.recourse.portal.PortalViews.ReportView;
import org.recourse.privacy.ClientExportService;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.RecentLogin;

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
  @EJB private ClientExportService exports;
  @Inject private RecentLogin recentLogin;

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
      summary =
          "The client's incident log, in the order things happened, each entry with the ids"
              + " (evidenceIds) and names (evidence) of the files attached to it")
  public List<IncidentView> incidents(@PathParam("caseId") long caseId) {
    return portal.incidents(caseId);
  }

  @POST
  @Path("{caseId}/incidents")
  @Operation(
      operationId = "addPortalIncident",
      summary =
          "Adds an incident log entry: when (not in the future), what happened (up to 4000"
              + " characters), where and who (up to 1000 each), what is still needed (up to 2000),"
              + " and evidenceIds: the ids of files the client sent through the portal (up to 20)")
  @APIResponseSchema(
      value = IncidentView.class,
      responseCode = "201",
      responseDescription = "The entry as stored")
  @APIResponse(
      responseCode = "400",
      description =
          "A field refused, named in the problem: evidenceIds when an id is not a file the client"
              + " sent to this case")
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

  @GET
  @Path("{caseId}/export")
  @Produces("application/zip")
  @Operation(
      operationId = "exportPortalData",
      summary =
          "The client's own data as a ZIP (victim.json: their details, the case, notes, removal"
              + " requests, secure messages, incident log, reported addresses; evidence files are"
              + " counted, not included); needs a recent login")
  @APIResponse(
      responseCode = "200",
      description = "victim.json in a ZIP whose name says nothing of whose it is",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  public Response export(@PathParam("caseId") long caseId, @Context HttpHeaders headers) {
    portal.checkOwn(caseId);
    recentLogin.require(); // after the access check, so the challenge reveals nothing
    PackageDownload download =
        exports.download(caseId, portal.language(headers.getAcceptableLanguages()));
    StreamingOutput zip = download::writeTo;
    return DownloadHeaders.download(zip, "application/zip", download.fileName()).build();
  }
}
