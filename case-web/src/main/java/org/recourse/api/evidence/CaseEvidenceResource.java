package org.recourse.api.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.web.http.MultipartUpload;

/**
 * A case's evidence: the list, and adding to it. Uploads stream into encrypted storage; every
 * download, revealed preview, export and verification is appended to the item's chain of custody
 * with the caller's address.
 */
@Path("cases/{caseId}/evidence")
@RequestScoped
@Tag(name = "evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseEvidenceResource {

  @EJB private EvidenceService evidence;
  @EJB private EvidenceIntake intake;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "uploadEvidence",
      summary =
          "Add evidence: the file in the part 'file'; capture facts in parts sourceUrl,"
              + " capturedAt (ISO-8601), capturedBy, method, description")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = "file",
                      properties = {
                        @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary"),
                        @SchemaProperty(name = "sourceUrl", type = SchemaType.STRING),
                        @SchemaProperty(
                            name = "capturedAt",
                            type = SchemaType.STRING,
                            format = "date-time"),
                        @SchemaProperty(name = "capturedBy", type = SchemaType.STRING),
                        @SchemaProperty(name = "method", type = SchemaType.STRING),
                        @SchemaProperty(name = "description", type = SchemaType.STRING)
                      })))
  @APIResponseSchema(
      value = EvidenceView.class,
      responseCode = "201",
      responseDescription = "The evidence stored")
  @APIResponse(
      responseCode = "400",
      description = "No file, an empty file, or an unreadable upload")
  @APIResponse(responseCode = "413", description = "The file is larger than the limit")
  @APIResponse(responseCode = "415", description = "A type this server does not accept")
  @APIResponse(
      responseCode = "422",
      description = "An image whose declared size is too large to decode")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response add(@PathParam("caseId") long caseId) throws IOException {
    EvidenceView added = MultipartUpload.receive(request, caseId, intake);
    return Response.created(uri.getBaseUriBuilder().path("evidence/{id}").build(added.id()))
        .entity(added)
        .build();
  }

  @GET
  @Operation(
      operationId = "listEvidence",
      summary = "The evidence of a case, newest first (metadata only)")
  public List<EvidenceView> list(@PathParam("caseId") long caseId) {
    return evidence.list(caseId).items();
  }
}
