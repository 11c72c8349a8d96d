package org.recourse.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Roles;
import org.recourse.users.UserDirectory;
import org.recourse.web.http.CurrentUser;

/** Who the caller is, as the server sees them, and their own settings. */
@Path("/me")
@RequestScoped
@Tag(name = "me")
public class MeResource {

  @Inject private CurrentUser currentUser;
  @EJB private UserDirectory directory;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ATTORNEY, Roles.ADVOCATE, Roles.CASEWORKER, Roles.ADMIN})
  @Operation(operationId = "getMe", summary = "The signed-in user's name and Recourse roles")
  public MeResponse me() {
    return new MeResponse(
        currentUser.getUsername(), currentUser.getDisplayName(), currentUser.getRoles());
  }

  @GET
  @Path("time-zone")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ATTORNEY, Roles.ADVOCATE, Roles.CASEWORKER, Roles.ADMIN})
  @Operation(
      operationId = "getMyTimeZone",
      summary = "The time zone pages show your times in (UTC unless you chose one)")
  public TimeZoneChange timeZone() {
    return new TimeZoneChange(
        directory.timeZoneOf(currentUser.getUsername()).orElse(ZoneId.of("UTC")).getId());
  }

  @PUT
  @Path("time-zone")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ATTORNEY, Roles.ADVOCATE, Roles.CASEWORKER, Roles.ADMIN})
  @Operation(
      operationId = "setMyTimeZone",
      summary =
          "Choose the time zone pages show your times in (an IANA region such as"
              + " America/New_York, or UTC; empty for UTC)")
  public TimeZoneChange setTimeZone(TimeZoneChange change) {
    if (change == null) {
      throw new InvalidInputException("timeZone", "Give a time zone, e.g. America/New_York");
    }
    return new TimeZoneChange(
        directory.setTimeZone(currentUser.getUsername(), change.timeZone()).getId());
  }
}
