package org.recourse.api.privacy;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.privacy.PrivacyViews.PurgeResult;
import org.recourse.privacy.RetentionService;

/**
 * The purge of a closed case whose retention has ended, for administrators. Its own root resource
 * with a literal path, like the evidence export: JAX-RS picks the root resource by its path first,
 * and {@code cases/{caseId}/purge} has more literal characters than the case resource's {@code
 * cases}, so this class answers without touching the case resource.
 */
@Path("cases/{caseId}/purge")
@RequestScoped
@Tag(name = "privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public class CasePurgeResource {

  /** The body: the case number, typed again as confirmation. */
  public record PurgeRequest(String confirmCaseNumber) {}

  @EJB private RetentionService retention;
  @Context private HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "purgeCase",
      summary =
          "Purges a closed case whose retention has ended: evidence crypto-shredded, identities"
              + " erased, the case kept as a read-only anonymous shell")
  @APIResponse(
      responseCode = "409",
      description = "The case is not closed, its retention has not ended, or it is purged already")
  @APIResponseSchema(
      value = PurgeResult.class,
      responseCode = "200",
      responseDescription = "What the purge erased")
  public PurgeResult purge(@PathParam("caseId") long caseId, PurgeRequest body) {
    return retention.purge(
        caseId, body == null ? null : body.confirmCaseNumber(), request.getRemoteAddr());
  }
}
