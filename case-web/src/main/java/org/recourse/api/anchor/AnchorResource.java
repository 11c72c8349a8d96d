package org.recourse.api.anchor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.anchor.AnchorService;
import org.recourse.anchor.AnchorVerification;
import org.recourse.anchor.AnchorView;
import org.recourse.shared.Roles;

/**
 * Anchored logs, for administrators: the anchors (each a TSA-signed manifest of the custody and
 * access logs' heads), anchoring now, and checking every log against every anchor.
 */
@Path("anchors")
@RequestScoped
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AnchorResource {

  @EJB private AnchorService anchors;

  @GET
  @Operation(operationId = "listAnchors", summary = "The anchors of the logs, newest first")
  public List<AnchorView> list() {
    return anchors.list();
  }

  @POST
  @Operation(
      operationId = "anchorLogs",
      summary = "Anchor the custody and access logs' heads now with the configured TSA",
      description =
          "The anchor, PENDING if the TSA cannot be reached (it is retried); 409 when no TSA is"
              + " configured.")
  public AnchorView anchorNow() {
    return anchors.anchorNow();
  }

  @POST
  @Path("verify")
  @Operation(
      operationId = "verifyAnchors",
      summary =
          "Check that every log as stored recomputes and still reaches every anchored head, and"
              + " that every anchor's token verifies")
  public AnchorVerification verify() {
    return anchors.verify();
  }
}
