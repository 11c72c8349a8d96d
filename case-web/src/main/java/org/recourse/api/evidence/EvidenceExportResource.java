package org.recourse.api.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.casefile.CaseService;
import org.recourse.evidence.export.EvidenceExports;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.RecentLogin;

/**
 * Export packages of a case's evidence for police or court. Uploads stream into encrypted storage;
 * every download, revealed preview, export and verification is appended to the item's chain of
 * custody with the caller's address.
 */
@Path("cases/{caseId}/evidence-export")
@RequestScoped
@Tag(name = "evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class EvidenceExportResource {

  @EJB private EvidenceExports exports;
  @EJB private CaseService cases;
  @Inject private RecentLogin recentLogin;
  @Context private HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("application/zip")
  @Operation(
      operationId = "exportEvidence",
      summary =
          "A ZIP for police or court: the files, manifest.json/csv, custody logs, summary.pdf;"
              + " its SHA-256 is recorded on every item")
  @APIResponse(
      responseCode = "200",
      description = "The export package",
      content =
          @Content(
              mediaType = "application/zip",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  public Response export(@PathParam("caseId") long caseId, ExportRequest body) {
    if (cases.access(caseId).canHandleEvidence()) {
      recentLogin.require(); // others get the service's 404 or 403 below
    }
    ExportRequest wanted = body == null ? new ExportRequest(List.of(), null) : body;
    PackageDownload download =
        exports.download(caseId, wanted.evidenceIds(), wanted.purpose(), request.getRemoteAddr());
    StreamingOutput zip = download::writeTo;
    return DownloadHeaders.download(zip, "application/zip", download.fileName()).build();
  }
}
