package org.recourse.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.audit.AccessLogService;
import org.recourse.audit.AccessLogViews.AccessQuery;
import org.recourse.audit.AccessLogViews.EntryPage;
import org.recourse.audit.AccessLogViews.Verification;
import org.recourse.audit.AccessQueries;
import org.recourse.shared.Roles;

/**
 * The access log, for administrators: who read victims' identities and sensitive evidence, and who
 * was refused. Filters: {@code user}, {@code caseId}, {@code action}, {@code from}, {@code to} (a
 * date, the whole day in UTC, or an instant); a value refused names its field.
 */
@Path("/access-log")
@RequestScoped
@Tag(name = "audit")
@RolesAllowed(Roles.ADMIN)
public class AccessLogResource {

  @EJB private AccessLogService log;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listAccessLog",
      summary = "Rows of the access log, newest first, filtered and paged (admin only)")
  public EntryPage list(
      @QueryParam("user") String user,
      @QueryParam("caseId") String caseId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    AccessQuery query = AccessQueries.parse(user, caseId, action, from, to);
    return log.search(query, number("page", page), number("size", size));
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportAccessLogCsv",
      summary = "The same rows as CSV, oldest first, safe to open in a spreadsheet")
  @APIResponse(
      responseCode = "200",
      description = "The rows as CSV, as an attachment",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(
      @QueryParam("user") String user,
      @QueryParam("caseId") String caseId,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AccessQuery query = AccessQueries.parse(user, caseId, action, from, to);
    StreamingOutput body =
        out -> {
          Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          log.exportCsv(query, writer);
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("verify")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "verifyAccessLog",
      summary = "Walk the whole hash chain; the first broken row and why, if any")
  public Verification verify() {
    return log.verify();
  }

  private static int number(String field, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new org.recourse.shared.InvalidInputException(field, "Must be a whole number");
    }
  }
}
