package org.recourse.api.conflict;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.conflict.ConflictService;
import org.recourse.conflict.ConflictService.ConflictReport;
import org.recourse.shared.InvalidInputException;

/** The conflict check, for intake scripts. */
@Path("/conflicts")
@RequestScoped
@Tag(name = "conflicts")
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class ConflictResource {

  @EJB private ConflictService conflicts;

  /** The search terms of a conflict check, sent in a body so no name ends up in a URL or log. */
  public record ConflictRequest(List<String> queries) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "checkConflicts",
      summary = "The same check with the terms in the body (preferred: names stay out of URLs)")
  public ConflictReport checkPosted(ConflictRequest request) {
    return check(request == null ? null : request.queries());
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "searchConflicts",
      summary =
          "Search victims and respondents of existing cases by name, alias, handle, e-mail or phone")
  public ConflictReport check(@QueryParam("q") List<String> queries) {
    if (queries == null || queries.stream().allMatch(q -> q == null || q.strip().length() < 2)) {
      throw new InvalidInputException("q", "give at least one search term of 2 characters or more");
    }
    return conflicts.check(queries);
  }
}
