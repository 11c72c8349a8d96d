package org.recourse.api.portal;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.PortalCommands.NotificationChoice;
import org.recourse.portal.PortalService;

/**
 * Whether, and where, the calling client is told by e-mail that their team wrote: the notice says
 * only that a message is waiting (no sender, case, subject, text or link), in the client's portal
 * language. Kept with their portal account; no address means they learn of it inside the portal.
 */
@Path("portal/notifications")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(CLIENT)
public class PortalNotificationResource {

  @EJB private PortalService portal;

  @GET
  @Operation(
      operationId = "getPortalNotifications",
      summary =
          "The address the caller chose for content-free notices of their team's messages (email"
              + " null: none, they learn of messages inside the portal)")
  public NotificationChoice notifications() {
    return new NotificationChoice(portal.notificationEmail().orElse(null));
  }

  @PUT
  @Operation(
      operationId = "choosePortalNotifications",
      summary =
          "Sets the address for content-free notices of the team's messages (an address only the"
              + " client reads), or stops them (email null or empty)")
  @APIResponseSchema(
      value = NotificationChoice.class,
      responseCode = "200",
      responseDescription = "The address now kept (email absent: notices stopped)")
  @APIResponse(
      responseCode = "400",
      description =
          "Not an e-mail address, or the portal is not open to the caller (problem+json naming"
              + " email)")
  public NotificationChoice choose(NotificationChoice choice) {
    return new NotificationChoice(portal.chooseNotificationEmail(choice).orElse(null));
  }
}
