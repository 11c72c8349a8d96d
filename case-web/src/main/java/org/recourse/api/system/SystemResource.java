package org.recourse.api.system;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.shared.Roles;
import org.recourse.system.SystemService;
import org.recourse.system.SystemStatus;

/** The installation's state, for administrators. */
@Path("/system")
@RequestScoped
@Tag(name = "system")
public class SystemResource {

  @EJB private SystemService systemService;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Database and schema version of this installation (admin only)")
  public SystemStatus status() {
    return systemService.status();
  }
}
