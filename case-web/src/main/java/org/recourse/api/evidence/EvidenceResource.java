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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.EvidenceMatching;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.EvidenceViews;
import org.recourse.evidence.EvidenceViews.CustodyView;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.FrameView;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.EvidenceViews.Preview;
import org.recourse.evidence.EvidenceViews.Verification;
import org.recourse.evidence.PreviewKind;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.http.DownloadHeaders;
import org.recourse.web.http.MultipartUpload;
import org.recourse.web.http.RecentLogin;

/**
 * The evidence vault. Uploads stream into encrypted storage; every download, revealed preview,
 * export and verification is appended to the item's chain of custody with the caller's address.
 */
@Path("evidence")
@RequestScoped
@Tag(name = "evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class EvidenceResource {

  @EJB private EvidenceService evidence;
  @EJB private EvidenceMatching matching;
  @Inject private RecentLogin recentLogin;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getEvidence",
      summary = "One item's metadata: hashes, PDQ, size, type, capture facts")
  public EvidenceView get(@PathParam("id") String id) {
    return evidence.get(id);
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(
      operationId = "downloadEvidence",
      summary = "Download the file (attorneys and advocates of the team; logged)")
  @APIResponse(
      responseCode = "200",
      description = "The file as it was uploaded, as an attachment",
      content =
          @Content(
              mediaType = "*/*",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  public Response content(@PathParam("id") String id, @QueryParam("reason") String reason) {
    requireRecentLoginToSee(id);
    EvidenceViews.Content content = evidence.download(id, request.getRemoteAddr(), reason);
    StreamingOutput body =
        out -> {
          try (InputStream in = content.source().open()) {
            in.transferTo(out);
          }
        };
    return DownloadHeaders.download(body, content.mediaType(), content.fileName())
        .header("Content-Length", content.size())
        .build();
  }

  @GET
  @Path("{id}/preview")
  @Produces("image/jpeg")
  @Operation(
      operationId = "getEvidencePreview",
      summary =
          "A thumbnail, blurred unless reveal=true (attorneys and advocates of the team; logged)")
  @APIResponse(
      responseCode = "200",
      description = "A JPEG thumbnail; X-Preview says blurred or revealed",
      content =
          @Content(
              mediaType = "image/jpeg",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "401",
      description =
          "No valid bearer token, or a login older than the security policy allows (step-up)")
  @APIResponse(
      responseCode = "404",
      description = "No such item in the caller's cases, or no preview of this kind for it")
  @APIResponse(
      responseCode = "422",
      description =
          "The stored file cannot be decoded (in the time a preview may take); it can still be"
              + " downloaded")
  public Response preview(
      @PathParam("id") String id,
      @QueryParam("reveal") @DefaultValue("false") boolean reveal,
      @QueryParam("reason") String reason,
      @Parameter(
              description =
                  "poster (default): an image's thumbnail or a video's poster frame; strip: six"
                      + " frames spread over a video, side by side")
          @QueryParam("variant")
          @DefaultValue("poster")
          String variant) {
    PreviewKind kind = previewKind(variant);
    if (reveal) {
      requireRecentLoginToSee(id);
    }
    Preview preview = evidence.preview(id, kind, reveal, request.getRemoteAddr(), reason);
    return Response.ok(preview.jpeg(), "image/jpeg")
        .header("X-Preview", preview.blurred() ? "blurred" : "revealed")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/frames")
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
  @Operation(
      operationId = "listEvidenceFrames",
      summary =
          "A video's sampled frames with their vPDQ features (frame number, time, PDQ quality and"
              + " hash); as text in the vPDQ reference's format with Accept: text/plain or"
              + " format=vpdq")
  @APIResponse(
      responseCode = "200",
      description = "The frames in frame order",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = FrameView.class)),
        @Content(
            mediaType = MediaType.TEXT_PLAIN,
            schema =
                @Schema(
                    type = SchemaType.STRING,
                    description = "One line per frame: frameNumber,quality,hash,timestamp"))
      })
  @APIResponse(responseCode = "404", description = "No such item in the caller's cases")
  @APIResponse(
      responseCode = "409",
      description =
          "The item has no frames: not a video, its content destroyed, or its analysis not"
              + " finished or failed")
  public Response frames(
      @PathParam("id") String id,
      @Parameter(description = "vpdq for the reference's text format; json (default) otherwise")
          @QueryParam("format")
          String format,
      @Context HttpHeaders headers) {
    if (format != null && !format.equals("vpdq") && !format.equals("json")) {
      throw new InvalidInputException("format", "Use vpdq or json");
    }
    boolean text = "vpdq".equals(format) || (format == null && prefersText(headers));
    if (text) {
      return Response.ok(evidence.framesText(id), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
          .build();
    }
    List<FrameView> frames = evidence.frames(id);
    return Response.ok(frames, MediaType.APPLICATION_JSON_TYPE).build();
  }

  /** Whether the client asks for text before JSON. */
  private static boolean prefersText(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
        return false;
      }
      if (type.isCompatible(MediaType.TEXT_PLAIN_TYPE) && !type.isWildcardType()) {
        return true;
      }
    }
    return false;
  }

  private static PreviewKind previewKind(String variant) {
    return switch (variant == null ? "poster" : variant) {
      case "poster" -> PreviewKind.POSTER;
      case "strip" -> PreviewKind.STRIP;
      default -> throw new InvalidInputException("variant", "Use poster or strip");
    };
  }

  @GET
  @Path("{id}/custody")
  @Operation(
      operationId = "getEvidenceCustody",
      summary = "The item's chain of custody, oldest first, with each entry's hash")
  public List<CustodyView> custody(@PathParam("id") String id) {
    return evidence.custody(id);
  }

  @GET
  @Path("{id}/timestamp")
  @Produces({"application/timestamp-reply", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "getEvidenceTimestamp",
      summary = "The item's RFC 3161 timestamp reply (DER), as openssl ts -verify -in reads it",
      description =
          "409 while the timestamp is pending or when the item was received without a TSA. The"
              + " reply holds the item's SHA-256, the TSA's time and signature, and the TSA's"
              + " certificates; see the export README for checking it with OpenSSL.")
  @APIResponse(
      responseCode = "200",
      description = "The TSA's reply",
      content =
          @Content(
              mediaType = "application/timestamp-reply",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response timestamp(@PathParam("id") String id) {
    byte[] reply = evidence.timestampReply(id);
    return DownloadHeaders.download(
            out -> out.write(reply), "application/timestamp-reply", id + ".tsr")
        .build();
  }

  @POST
  @Path("{id}/verify")
  @Operation(
      operationId = "verifyEvidence",
      summary =
          "Re-read the stored file, its custody log and its timestamp token; the result is logged")
  public Verification verify(@PathParam("id") String id) {
    return evidence.verify(id, request.getRemoteAddr());
  }

  @GET
  @Path("{id}/matches")
  @Operation(
      operationId = "listEvidenceMatches",
      summary = "Evidence in the caller's cases that looks like this item, best first",
      description =
          "For an image: images within the threshold, and videos with a frame within it (with the"
              + " time of the nearest frame in frameTimeSeconds). For an analysed video: videos"
              + " matching it by vPDQ (at least 80 % of the frames of either matching the other;"
              + " comparedPercent, queryPercent and the segments both show), then images that"
              + " look like one of its frames (queryTimeSeconds). The threshold is in PDQ bits"
              + " between two stills or frames.")
  @APIResponse(
      responseCode = "200",
      description = "The similar evidence, best first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = MatchView.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A threshold outside 0 to 256 (field 'threshold'), or an item with no perceptual hash")
  public List<MatchView> matchesOf(
      @PathParam("id") String id,
      @QueryParam("threshold") @DefaultValue("" + PdqHash.MATCH_THRESHOLD) String threshold) {
    return matching.matchesOf(id, bits(threshold));
  }

  @POST
  @Path("matches")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "matchImage",
      summary =
          "Evidence in the caller's cases that looks like an image or a video sent in the part"
              + " 'file' (not stored), best first",
      description =
          "The kind of file is told by its content. An image (JPEG, PNG, GIF, BMP) matches"
              + " images within the threshold and videos with a frame within it; for a video the"
              + " answer gives the time of its nearest frame (frameTimeSeconds), so a screenshot"
              + " finds the video it was taken from and where. A video (MP4, MOV, WebM, MKV) is hashed"
              + " with vPDQ, one frame a second: stored videos match it when at least 80 % of the"
              + " frames of either match the other (a clip matches the longer video it was cut"
              + " from, and a longer video the clips of it), with comparedPercent (share of the"
              + " stored video's frames matching the probe), queryPercent (share of the probe's"
              + " frames matching the stored video) and segments (queryStart, queryEnd,"
              + " matchStart, matchEnd, in seconds); images that look like one of its frames"
              + " match too, with the time in the probe (queryTimeSeconds). Videos matched whole"
              + " come first, then the rest nearest first; at most 100.")
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
                        @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary")
                      })))
  @APIResponse(
      responseCode = "200",
      description = "The similar evidence, best first",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = MatchView.class)))
  @APIResponse(
      responseCode = "400",
      description = "An empty file (field 'file'), or a threshold outside 0 to 256 ('threshold')")
  @APIResponse(
      responseCode = "413",
      description = "The image or video is larger than 64 MiB (field 'file')")
  @APIResponse(
      responseCode = "415",
      description = "Not an image or a video this server can read or decode (field 'file')")
  @APIResponse(
      responseCode = "422",
      description = "An image whose declared size is too large to decode")
  public List<MatchView> matches(
      @QueryParam("threshold") @DefaultValue("" + PdqHash.MATCH_THRESHOLD) String threshold)
      throws IOException {
    if (!MultipartUpload.isMultipart(request)) {
      throw new InvalidInputException(
          "file", "Send the image or video as multipart/form-data in 'file'");
    }
    try {
      FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if ("file".equals(part.getFieldName())) {
          try (InputStream probe = part.getInputStream()) {
            return matching.matches(probe, bits(threshold));
          }
        }
      }
    } catch (FileUploadException e) {
      throw new EvidenceRejectedException(
          Reason.INCOMPLETE, "The upload could not be read as multipart/form-data");
    }
    throw new InvalidInputException("file", "Send the image or video in the part named 'file'");
  }

  /**
   * Someone who may see the item's content needs a recent login (401 step-up otherwise); anyone
   * else gets the service's own 404 or 403, so the challenge reveals nothing.
   */
  private void requireRecentLoginToSee(String id) {
    if (evidence.get(id).canReveal()) {
      recentLogin.require();
    }
  }

  /**
   * The threshold query parameter as a number of bits; text that is not a whole number is refused
   * naming the field (JAX-RS's own conversion would answer 404 "no such resource").
   */
  private static int bits(String threshold) {
    try {
      return Integer.parseInt(threshold.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "threshold", "The threshold must be a whole number of bits, from 0 to " + PdqHash.BITS);
    }
  }
}
