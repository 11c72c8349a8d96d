package org.recourse.api.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.shared.Roles;
import org.recourse.web.http.CurrentUser;

/** Who the caller is, as the server sees them. */
@Path("/me")
@RequestScoped
@Tag(name = "me")
public class MeResource {

  @Inject private CurrentUser currentUser;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ATTORNEY, Roles.ADVOCATE, Roles.CASEWORKER, Roles.ADMIN})
  @Operation(operationId = "getMe", summary = "The signed-in user's name and Recourse roles")
  public MeResponse me() {
    return new MeResponse(
        currentUser.getUsername(), currentUser.getDisplayName(), currentUser.getRoles());
  }
}
