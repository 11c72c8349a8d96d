package org.recourse.api.casefile;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.history.CaseHistoryService;
import org.recourse.history.HistoryEntry;

/**
 * A case's history. Its path is literal below the case so that it is matched before the {@code
 * /cases} resource's own sub-paths.
 */
@Path("cases/{caseId}/history")
@RequestScoped
@Tag(name = "cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseHistoryResource {

  @EJB private CaseHistoryService history;

  @GET
  @Operation(
      operationId = "getCaseHistory",
      summary =
          "What changed in the case, field by field, newest first: when, who, what, old and new"
              + " value; the victim's identity and contact read \"(hidden)\" outside the case team")
  public List<HistoryEntry> history(@PathParam("caseId") long caseId) {
    return history.forCase(caseId);
  }
}
