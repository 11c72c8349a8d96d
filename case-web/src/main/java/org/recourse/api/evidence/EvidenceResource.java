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
import org.recourse.evidence.ExportJob;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.evidence.EvidenceUpload;

/**
 * The evidence vault. Uploads stream into encrypted storage; every download, revealed preview,
 * export and verification is appended to the item's chain of custody with the caller's address.
 */
@Path("/")
@RequestScoped
@Tag(name = "evidence")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class EvidenceResource {

  @EJB private EvidenceService evidence;
  @Context private HttpServletRequest request;
  @Context private UriInfo uri;

  @POST
  @Path("cases/{id}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary =
          "Add evidence: the file in the part 'file'; capture facts in parts sourceUrl,"
              + " capturedAt (ISO-8601), capturedBy, method, description")
  public Response add(@PathParam("id") long caseId) throws IOException {
    EvidenceView added = EvidenceUpload.receive(request, caseId, evidence);
    return Response.created(uri.getBaseUriBuilder().path("evidence/{id}").build(added.id()))
        .entity(added)
        .build();
  }

  @GET
  @Path("cases/{id}/evidence")
  @Operation(summary = "The evidence of a case, newest first (metadata only)")
  public List<EvidenceView> list(@PathParam("id") long caseId) {
    return evidence.list(caseId).items();
  }

  @GET
  @Path("evidence/{id}")
  @Operation(summary = "One item's metadata: hashes, PDQ, size, type, capture facts")
  public EvidenceView get(@PathParam("id") String id) {
    return evidence.get(id);
  }

  @GET
  @Path("evidence/{id}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download the file (attorneys and advocates of the team; logged)")
  public Response content(@PathParam("id") String id, @QueryParam("reason") String reason) {
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
  @Path("evidence/{id}/preview")
  @Produces("image/jpeg")
  @Operation(
      summary =
          "A thumbnail, blurred unless reveal=true (attorneys and advocates of the team; logged)")
  public Response preview(
      @PathParam("id") String id,
      @QueryParam("reveal") @DefaultValue("false") boolean reveal,
      @QueryParam("reason") String reason) {
    Preview preview = evidence.preview(id, reveal, request.getRemoteAddr(), reason);
    return Response.ok(preview.jpeg(), "image/jpeg")
        .header("X-Preview", preview.blurred() ? "blurred" : "revealed")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("evidence/{id}/custody")
  @Operation(summary = "The item's chain of custody, oldest first, with each entry's hash")
  public List<CustodyView> custody(@PathParam("id") String id) {
    return evidence.custody(id);
  }

  @POST
  @Path("evidence/{id}/verify")
  @Operation(summary = "Re-read the stored file and its custody log; the result is logged")
  public Verification verify(@PathParam("id") String id) {
    return evidence.verify(id, request.getRemoteAddr());
  }

  @GET
  @Path("evidence/{id}/matches")
  @Operation(summary = "Evidence in the caller's cases whose image looks like this item's")
  public List<MatchView> matchesOf(
      @PathParam("id") String id,
      @QueryParam("threshold") @DefaultValue("" + PdqHash.MATCH_THRESHOLD) int threshold) {
    return evidence.matchesOf(id, threshold);
  }

  @POST
  @Path("evidence/matches")
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

  @POST
  @Path("cases/{id}/evidence-export")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces("application/zip")
  @Operation(
      summary =
          "A ZIP for police or court: the files, manifest.json/csv, custody logs, summary.pdf;"
              + " its SHA-256 is recorded on every item")
  public Response export(@PathParam("id") long caseId, ExportRequest body) {
    ExportRequest wanted = body == null ? new ExportRequest(List.of(), null) : body;
    ExportJob job = evidence.export(caseId, wanted.evidenceIds(), wanted.purpose());
    String address = request.getRemoteAddr();
    StreamingOutput zip =
        out -> {
          ExportJob.Written written = job.writeTo(out);
          evidence.recordExport(job, written, address);
        };
    return Response.ok(zip, "application/zip")
        .header("Content-Disposition", DownloadHeaders.attachment(job.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }
}
