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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.PortalCommands.MailInvitation;
import org.recourse.portal.PortalCommands.NewPortalLink;
import org.recourse.portal.PortalCommands.PortalAccessChange;
import org.recourse.portal.PortalTeamService;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalInvitationView;
import org.recourse.portal.PortalViews.PortalLinkView;
import org.recourse.portal.Suggestions.SuggestionView;

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

  @POST
  @Path("invitation")
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "inviteClientToPortal",
      summary =
          "Invites the case's client (lead attorney, admin): creates a client user with a neutral"
              + " random username and a one-time password that must be changed at first login,"
              + " and links it to the case. The password is in this response only; pass it on"
              + " through the client's safe channel. No request body.")
  @APIResponseSchema(
      value = PortalInvitationView.class,
      responseCode = "201",
      responseDescription = "The new user's username and one-time password, and its access")
  @APIResponse(
      responseCode = "409",
      description = "The client already has a portal user, or the case is purged")
  @APIResponse(
      responseCode = "503",
      description = "The sign-in service (Keycloak) could not be reached; nothing was changed")
  public Response invite(@PathParam("caseId") long caseId) {
    PortalInvitationView invitation = portal.invite(caseId);
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(invitation)
        .build();
  }

  @POST
  @Path("invitation/mail")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "inviteClientToPortalByMail",
      summary =
          "Invites the case's client (lead attorney, admin) by the sign-in service's own e-mail:"
              + " creates a client user with a neutral random username and the address given, and"
              + " Keycloak mails it a link to choose a password (valid 72 hours). No password is"
              + " shown. Only to an address the team confirms is safe (confirmedSafe: true);"
              + " refused, naming email, when the client's safe-contact plan does not list e-mail"
              + " as safe or says never to use it.")
  @APIResponseSchema(
      value = PortalInvitationView.class,
      responseCode = "201",
      responseDescription = "The new user's username and its access (no password)")
  @APIResponse(
      responseCode = "400",
      description =
          "No e-mail address, not an address, not confirmed safe, or ruled out by the client's"
              + " safe-contact plan (problem+json naming the field)")
  @APIResponse(
      responseCode = "409",
      description = "The client already has a portal user, or the case is purged")
  @APIResponse(
      responseCode = "503",
      description =
          "The sign-in service (Keycloak) could not be reached or could not send the e-mail;"
              + " nothing was changed")
  public Response inviteByMail(@PathParam("caseId") long caseId, MailInvitation mail) {
    PortalInvitationView invitation = portal.inviteByMail(caseId, mail);
    return Response.status(Response.Status.CREATED)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(invitation)
        .build();
  }

  @PUT
  @Path("access/enabled")
  @Operation(
      operationId = "changePortalAccess",
      summary =
          "Enables or disables a client user's portal access to this case (lead attorney, admin),"
              + " here and at the sign-in service; a disabled user's sessions end")
  @APIResponseSchema(
      value = PortalLinkView.class,
      responseCode = "200",
      responseDescription = "The client's access to this case, as changed")
  @APIResponse(
      responseCode = "400",
      description = "No username of a portal user of this case, or no enabled flag")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponse(
      responseCode = "503",
      description = "The sign-in service (Keycloak) could not be reached; nothing was changed")
  public PortalLinkView changeAccess(@PathParam("caseId") long caseId, PortalAccessChange change) {
    return portal.changeAccess(caseId, change);
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
      summary =
          "Web addresses the client reported through the portal: suggestions for the team, with"
              + " the team's decision on each (the removal request it became, or why it was"
              + " dismissed)")
  public List<SuggestionView> reports(@PathParam("caseId") long caseId) {
    return portal.reports(caseId);
  }
}
