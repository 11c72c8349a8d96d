package org.recourse.api.privacy;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.privacy.VictimExportService;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.RecentLogin;

/**
 * The victim's data export for access requests: a ZIP with {@code victim.json} and the evidence
 * files, for attorneys and advocates of the case team; each evidence item's chain of custody
 * records it. A literal root path, like the evidence export (see {@link CasePurgeResource}).
 */
@Path("cases/{caseId}/victim-export")
@RequestScoped
@Tag(name = "privacy")
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class VictimExportResource {

  @EJB private VictimExportService exports;
  @Inject private RecentLogin recentLogin;
  @Context private HttpServletRequest request;

  @GET
  @Produces("application/zip")
  @Operation(
      operationId = "exportVictimData",
      summary = "Everything held about the victim of a case, as a ZIP (victim.json + files)")
  @APIResponse(
      responseCode = "200",
      description = "victim.json and the evidence files",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  public Response get(@PathParam("caseId") long caseId) {
    return export(caseId);
  }

  @POST
  @Produces("application/zip")
  @Operation(
      operationId = "exportVictimDataByPost",
      summary = "The same export, for clients that prefer not to GET an action")
  @APIResponse(
      responseCode = "200",
      description = "victim.json and the evidence files",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  public Response post(@PathParam("caseId") long caseId) {
    return export(caseId);
  }

  private Response export(long caseId) {
    PackageDownload download = exports.download(caseId, request.getRemoteAddr());
    recentLogin.require(); // after the access checks, so the challenge reveals nothing
    StreamingOutput zip = download::writeTo;
    return DownloadHeaders.download(zip, "application/zip", download.fileName()).build();
  }
}
