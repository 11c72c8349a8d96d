package org.recourse.api.removal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.removal.RemovalStatisticsService;
import org.recourse.removal.stats.PlatformFigures;
import org.recourse.removal.stats.RemovalStatistics;
import org.recourse.shared.InvalidInputException;

/**
 * The numbers NGOs publish, per platform over a period (requests submitted in [from, to); dates are
 * UTC, default the last 90 days): counts only, no case is identifiable.
 */
@Path("removal-statistics")
@RequestScoped
@Tag(name = "removals")
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class RemovalStatisticsResource {

  @EJB private RemovalStatisticsService statistics;
  @Inject private Clock clock;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "getRemovalStatistics",
      summary =
          "Per platform: requests, removal rate, median time to removal, share removed within the"
              + " legal clock")
  public List<PlatformFigures> figures(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return compute(from, to);
  }

  @GET
  @Path("csv")
  @Produces("text/csv")
  @Operation(operationId = "getRemovalStatisticsCsv", summary = "The same figures as CSV")
  @APIResponse(
      responseCode = "200",
      description = "The figures as CSV, as an attachment",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
    return Response.ok(RemovalStatistics.csv(compute(from, to)), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"removal-statistics.csv\"")
        .build();
  }

  private List<PlatformFigures> compute(String from, String to) {
    LocalDate end =
        date("to", to, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1));
    LocalDate start = date("from", from, end.minusDays(90));
    Instant startAt = start.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant endAt = end.atStartOfDay(ZoneOffset.UTC).toInstant();
    return statistics.statistics(startAt, endAt);
  }

  private static LocalDate date(String field, String value, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "Use a date such as 2026-11-01");
    }
  }
}
