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
import org.recourse.removal.PlatformService;
import org.recourse.removal.RemovalCommands.PlatformChanges;
import org.recourse.removal.RemovalViews.PlatformView;

/** The platform catalogue, corrected by administrators as platforms move their forms. */
@Path("platforms")
@RequestScoped
@Tag(name = "removals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class PlatformResource {

  @EJB private PlatformService platforms;

  @GET
  @Operation(
      operationId = "listPlatforms",
      summary = "Platforms: reporting channels, accepted legal bases, host names")
  public List<PlatformView> platforms() {
    return platforms.platforms();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(ADMIN)
  @Operation(operationId = "updatePlatform", summary = "Correct a platform (administrators)")
  @APIResponse(responseCode = "409", description = "The platform was changed meanwhile")
  @APIResponseSchema(
      value = PlatformView.class,
      responseCode = "200",
      responseDescription = "The platform as corrected")
  public PlatformView change(@PathParam("id") long id, PlatformChanges changes) {
    return platforms.changePlatform(id, changes);
  }
}
