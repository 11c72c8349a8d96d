package org.recourse.api.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.demo.DemoDataService;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Roles;

/** Seeds synthetic cases on development installations (./seed.sh); refused elsewhere. */
@Path("/demo-data")
@RequestScoped
@Tag(name = "demo")
public class DemoDataResource {

  private static final int MAX = 1_000_000;
  private static final int MAX_STAFF = 99;

  /** How many cases were written. */
  public record SeedResponse(int created) {}

  @EJB private DemoDataService demoData;

  /**
   * {@code ?cases=N}, and optionally {@code &staff=K}: K synthetic attorneys ({@code staff01} …)
   * share the new cases' teams, one per case in turn, for the load test (docs/BENCHMARKS.md).
   */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "seedDemoData",
      summary = "Add N synthetic cases (admin; only where recourse.demo.enabled=true)")
  public SeedResponse seed(@QueryParam("cases") Integer cases, @QueryParam("staff") Integer staff) {
    if (cases == null || cases < 1 || cases > MAX) {
      throw new InvalidInputException("cases", "must be between 1 and " + MAX);
    }
    if (staff != null && (staff < 0 || staff > MAX_STAFF)) {
      throw new InvalidInputException("staff", "must be between 0 and " + MAX_STAFF);
    }
    return new SeedResponse(demoData.seed(cases, staff == null ? 0 : staff));
  }
}
