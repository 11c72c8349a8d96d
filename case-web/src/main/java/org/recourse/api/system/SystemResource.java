package org.recourse.api.system;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Roles;
import org.recourse.system.SecurityPolicy;
import org.recourse.system.SecurityPolicyService;
import org.recourse.system.SystemService;
import org.recourse.system.SystemStatus;

/** The installation's state, for administrators. */
@Path("/system")
@RequestScoped
@Tag(name = "system")
public class SystemResource {

  @EJB private SystemService systemService;
  @EJB private SecurityPolicyService securityPolicies;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "getSystemStatus",
      summary = "Database and schema version of this installation (admin only)")
  public SystemStatus status() {
    return systemService.status();
  }

  @GET
  @Path("security-policy")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "getSecurityPolicy",
      summary = "How recent a login must be to reveal, download or export evidence")
  public SecurityPolicy securityPolicy() {
    return securityPolicies.current();
  }

  @PUT
  @Path("security-policy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateSecurityPolicy",
      summary = "Change the security policy (reauthenticationSeconds: 1 to 86400; admin only)")
  public SecurityPolicy updateSecurityPolicy(SecurityPolicy policy) {
    if (policy == null) {
      throw new InvalidInputException("reauthenticationSeconds", "Give a number of seconds");
    }
    return securityPolicies.update(policy);
  }
}
