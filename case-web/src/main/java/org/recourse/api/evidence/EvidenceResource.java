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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.EvidenceViews.Content;
import org.recourse.evidence.EvidenceViews.CustodyView;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.EvidenceViews.Preview;
import org.recourse.evidence.EvidenceViews.Verification;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.evidence.EvidenceUpload;
import org.recourse.web.security.RecentLogin;

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
  @Inject private RecentLogin recentLogin;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(summary = "One item's metadata: hashes, PDQ, size, type, capture facts")
  public EvidenceView get(@PathParam("id") String id) {
    return evidence.get(id);
  }

  @GET
  @Path("{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the file (attorneys and advocates of the team; logged)")
  public Response content(@PathParam("id") String id, @QueryParam("reason") String reason) {
    requireRecentLoginToSee(id);
    Content content = evidence.download(id, request.getRemoteAddr(), reason);
    StreamingOutput body =
        out -> {
          try (InputStream in = content.source().open()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, content.mediaType())
        .header("Content-Disposition", DownloadHeaders.attachment(content.fileName()))
        .header("Content-Length", content.size())
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/preview")
  @Produces("image/jpeg")
  @Operation(
      summary =
          "A thumbnail, blurred unless reveal=true (attorneys and advocates of the team; logged)")
  public Response preview(
      @PathParam("id") String id,
      @QueryParam("reveal") @DefaultValue("false") boolean reveal,
      @QueryParam("reason") String reason) {
    if (reveal) {
      requireRecentLoginToSee(id);
    }
    Preview preview = evidence.preview(id, reveal, request.getRemoteAddr(), reason);
    return Response.ok(preview.jpeg(), "image/jpeg")
        .header("X-Preview", preview.blurred() ? "blurred" : "revealed")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/custody")
  @Operation(summary = "The item's chain of custody, oldest first, with each entry's hash")
  public List<CustodyView> custody(@PathParam("id") String id) {
    return evidence.custody(id);
  }

  @POST
  @Path("{id}/verify")
  @Operation(summary = "Re-read the stored file and its custody log; the result is logged")
  public Verification verify(@PathParam("id") String id) {
    return evidence.verify(id, request.getRemoteAddr());
  }

  @GET
  @Path("{id}/matches")
  @Operation(summary = "Evidence in the caller's cases whose image looks like this item's")
  public List<MatchView> matchesOf(
      @PathParam("id") String id,
      @QueryParam("threshold") @DefaultValue("" + PdqHash.MATCH_THRESHOLD) int threshold) {
    return evidence.matchesOf(id, threshold);
  }

  @POST
  @Path("matches")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Evidence in the caller's cases that looks like an image sent in the part 'file' (not"
              + " stored), nearest first")
  public List<MatchView> matches(
      @QueryParam("threshold") @DefaultValue("" + PdqHash.MATCH_THRESHOLD) int threshold)
      throws IOException {
    if (!EvidenceUpload.isMultipart(request)) {
      throw new InvalidInputException("file", "Send the image as multipart/form-data in 'file'");
    }
    try {
      FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if ("file".equals(part.getFieldName())) {
          try (InputStream image = part.getInputStream()) {
            return evidence.matches(image, threshold);
          }
        }
      }
    } catch (FileUploadException e) {
      throw new EvidenceRejectedException(
          Reason.INCOMPLETE, "The upload could not be read as multipart/form-data");
    }
    throw new InvalidInputException("file", "Send the image in the part named 'file'");
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
}
