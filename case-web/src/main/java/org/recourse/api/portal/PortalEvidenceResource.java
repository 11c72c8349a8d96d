package org.recourse.api.portal;

import static org.recourse.shared.Roles.CLIENT;

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
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.web.http.MultipartUpload;

/**
 * The files a client sends their team through the portal, for the realm role {@code client} only:
 * into the same encrypted vault as the team's evidence, refused as the team's uploads are, and
 * shown back to the client with blurred previews only. Another case answers 404, worded as for one
 * that does not exist; so does an item the client did not send.
 */
@Path("portal/cases/{caseId}/evidence")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CLIENT)
public class PortalEvidenceResource {

  @EJB private EvidenceIntake intake;
  @EJB private ClientUploads uploads;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "uploadPortalEvidence",
      summary =
          "Sends the team a file: the file in the part 'file', what it is in the optional part"
              + " 'description' (up to 4000 characters); recorded as received from the client"
              + " through the portal")
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
                        @SchemaProperty(name = "description", type = SchemaType.STRING)
                      })))
  @APIResponseSchema(
      value = PortalUploadResponse.class,
      responseCode = "201",
      responseDescription = "The file as received")
  @APIResponse(
      responseCode = "400",
      description = "No file, an empty file, an unreadable upload or too long a description")
  @APIResponse(responseCode = "413", description = "The file is larger than the limit")
  @APIResponse(responseCode = "415", description = "A type this server does not accept")
  @APIResponse(
      responseCode = "422",
      description = "An image whose declared size is too large to decode")
  public Response add(@PathParam("caseId") long caseId) throws IOException {
    ClientUploadView added = MultipartUpload.receiveFromClient(request, caseId, intake);
    return Response.status(Response.Status.CREATED).entity(response(caseId, added)).build();
  }

  @GET
  @Operation(
      operationId = "listPortalEvidence",
      summary =
          "The files the client sent through the portal, newest first: name, when, size,"
              + " description and the address of a blurred preview")
  public List<PortalUploadResponse> list(@PathParam("caseId") long caseId) {
    return uploads.uploads(caseId).stream().map(u -> response(caseId, u)).toList();
  }

  @GET
  @Path("{evidenceId}/preview")
  @Produces("image/jpeg")
  @Operation(
      operationId = "getPortalEvidencePreview",
      summary = "The blurred preview of a file the client sent (never the sharp one)")
  @APIResponse(
      responseCode = "200",
      description = "A blurred JPEG thumbnail (a video's poster frame)",
      content =
          @Content(
              mediaType = "image/jpeg",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "404",
      description = "No such file sent by the client to this case, or it has no preview")
  @APIResponse(responseCode = "422", description = "The stored file cannot be decoded")
  public Response preview(
      @PathParam("caseId") long caseId, @PathParam("evidenceId") String evidenceId) {
    return Response.ok(uploads.blurredPreview(caseId, evidenceId), "image/jpeg")
        .header("X-Preview", "blurred")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  private PortalUploadResponse response(long caseId, ClientUploadView upload) {
    String preview =
        uri.getBaseUriBuilder()
            .path("portal/cases/{caseId}/evidence/{id}/preview")
            .build(caseId, upload.id())
            .getPath();
    return PortalUploadResponse.of(upload, preview);
  }
}
