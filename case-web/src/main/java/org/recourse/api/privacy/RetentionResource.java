package org.recourse.api.privacy;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.privacy.PrivacyViews.DueCase;
import org.recourse.privacy.PrivacyViews.RetentionSettings;
import org.recourse.privacy.RetentionService;

/**
 * The organisation's retention period for closed cases (an organisational policy, not law) and the
 * closed cases whose retention has ended, for administrators.
 */
@Path("retention")
@RequestScoped
@Tag(name = "privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ADMIN)
public class RetentionResource {

  /** The body of {@code PUT /retention/settings}. */
  public record SettingsRequest(Integer closedCaseMonths) {}

  @EJB private RetentionService retention;

  @GET
  @Path("settings")
  @Operation(
      operationId = "getRetentionSettings",
      summary = "The retention period of closed cases, in months from closing")
  public RetentionSettings settings() {
    return retention.settings();
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateRetentionSettings",
      summary = "Changes the retention period (0 to 1200 months)")
  public RetentionSettings change(SettingsRequest body) {
    return retention.changeSettings(body == null ? null : body.closedCaseMonths());
  }

  @GET
  @Path("due")
  @Operation(
      operationId = "listPurgeableCases",
      summary = "Closed cases whose retention has ended and that may be purged")
  public List<DueCase> due() {
    return retention.due();
  }
}
