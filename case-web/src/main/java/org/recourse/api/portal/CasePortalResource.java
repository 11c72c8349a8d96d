package org.recourse.api.portal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.PortalCommands.NewPortalLink;
import org.recourse.portal.PortalTeamService;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalLinkView;
import org.recourse.portal.PortalViews.ReportView;

/**
 * The team's side of a case's client portal. Its path is literal below the case so that it is
 * matched before the {@code /cases} resource's own sub-paths.
 */
@Path("cases/{caseId}/portal")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CasePortalResource {

  @EJB private PortalTeamService portal;

  @GET
  @Path("access")
  @Operation(
      operationId = "listPortalAccess",
      summary = "The client users who may open this case through the portal")
  public List<PortalLinkView> access(@PathParam("caseId") long caseId) {
    return portal.links(caseId);
  }

  @PUT
  @Path("access")
  @Operation(
      operationId = "grantPortalAccess",
      summary =
          "Lets a client's user (by username) open this case through the portal (lead attorney,"
              + " admin); a user linked to another case is refused naming username unless the"
              + " caller manages that case too")
  @APIResponseSchema(
      value = PortalLinkView.class,
      responseCode = "200",
      responseDescription = "The client's access to this case")
  @APIResponse(
      responseCode = "400",
      description = "No usable username, or one linked to a case the caller does not manage")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public PortalLinkView grant(@PathParam("caseId") long caseId, NewPortalLink link) {
    return portal.link(caseId, link);
  }

  @GET
  @Path("incidents")
  @Operation(
      operationId = "listCaseIncidents",
      summary = "The incident log the client keeps through the portal")
  public List<IncidentView> incidents(@PathParam("caseId") long caseId) {
    return portal.incidents(caseId);
  }

  @GET
  @Path("reports")
  @Operation(
      operationId = "listCaseReports",
      summary = "Web addresses the client reported through the portal: suggestions for the team")
  public List<ReportView> reports(@PathParam("caseId") long caseId) {
    return portal.reports(caseId);
  }
}
