package org.recourse.api.law;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.law.LawAdminService;
import org.recourse.law.LawAdminService.HistoryEntry;
import org.recourse.law.LawAdminService.JurisdictionChanges;
import org.recourse.law.LawAdminService.NewJurisdiction;
import org.recourse.law.LawAdminService.RuleChanges;
import org.recourse.law.LawAdminService.StatuteChanges;
import org.recourse.law.LawLibraryDiff.ImportReport;
import org.recourse.law.LawLibraryFile;
import org.recourse.law.LawLibraryService;
import org.recourse.law.LawService;
import org.recourse.law.LawService.JurisdictionComparison;
import org.recourse.law.LawService.JurisdictionSuggestion;
import org.recourse.law.LawService.JurisdictionView;
import org.recourse.law.LawService.StatuteView;
import org.recourse.shared.Roles;

/** The law library: jurisdictions and statutes, each statute with its citation and source. */
@Path("/")
@RequestScoped
@Tag(name = "law")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class LawResource {

  @EJB private LawService law;
  @EJB private LawAdminService admin;
  @EJB private LawLibraryService library;

  /** How many cases had their deadlines recomputed after a rule was corrected. */
  public record RuleUpdated(int recomputedCases) {}

  /** The id of something just created. */
  public record Created(long id) {}

  @POST
  @Path("jurisdictions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "createJurisdiction", summary = "Add a jurisdiction (admin)")
  @APIResponse(responseCode = "201", description = "The jurisdiction was added")
  public Response createJurisdiction(NewJurisdiction command) {
    admin.createJurisdiction(command);
    return Response.status(Response.Status.CREATED).build();
  }

  @PUT
  @Path("jurisdictions/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateJurisdiction",
      summary = "Correct a jurisdiction's name, zone or holiday calendar (admin)")
  public RuleUpdated updateJurisdiction(
      @PathParam("code") String code, JurisdictionChanges changes) {
    return new RuleUpdated(admin.updateJurisdiction(code, changes));
  }

  @GET
  @Path("jurisdictions/{code}/history")
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "getJurisdictionHistory")
  public List<HistoryEntry> jurisdictionHistory(@PathParam("code") String code) {
    return admin.jurisdictionHistory(code);
  }

  @POST
  @Path("statutes")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "createStatute", summary = "Add a statute to ?jurisdiction= (admin)")
  @APIResponseSchema(
      value = Created.class,
      responseCode = "201",
      responseDescription = "The id of the statute added")
  public Response createStatute(
      @QueryParam("jurisdiction") String jurisdiction, StatuteChanges details) {
    return Response.status(Response.Status.CREATED)
        .entity(new Created(admin.createStatute(jurisdiction, details)))
        .build();
  }

  @POST
  @Path("statutes/{id}/rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "createRule",
      summary = "Add a deadline rule to a statute (admin); leave amount empty if unconfirmed")
  @APIResponseSchema(
      value = Created.class,
      responseCode = "201",
      responseDescription = "The id of the rule added")
  public Response createRule(@PathParam("id") long id, RuleChanges details) {
    return Response.status(Response.Status.CREATED)
        .entity(new Created(admin.createRule(id, details)))
        .build();
  }

  @PUT
  @Path("statutes/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateStatute",
      summary = "Correct a statute (admin); kept in its history")
  @APIResponse(responseCode = "204", description = "The statute was corrected")
  @APIResponse(responseCode = "409", description = "The statute was changed meanwhile")
  public Response updateStatute(@PathParam("id") long id, StatuteChanges changes) {
    admin.updateStatute(id, changes);
    return Response.noContent().build();
  }

  @PUT
  @Path("rules/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "updateRule",
      summary = "Correct a deadline rule (admin); every case it applies to is recomputed")
  @APIResponse(responseCode = "409", description = "The rule was changed meanwhile")
  @APIResponseSchema(
      value = RuleUpdated.class,
      responseCode = "200",
      responseDescription = "How many cases were recomputed")
  public RuleUpdated updateRule(@PathParam("id") long id, RuleChanges changes) {
    return new RuleUpdated(admin.updateRule(id, changes));
  }

  @GET
  @Path("statutes/{id}/history")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "getStatuteHistory",
      summary = "Who changed the statute when, with old and new values (admin)")
  public List<HistoryEntry> statuteHistory(@PathParam("id") long id) {
    return admin.statuteHistory(id);
  }

  @GET
  @Path("rules/{id}/history")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "getRuleHistory",
      summary = "Who changed the rule when, with old and new values (admin)")
  public List<HistoryEntry> ruleHistory(@PathParam("id") long id) {
    return admin.ruleHistory(id);
  }

  @GET
  @Path("law/library")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "exportLawLibrary",
      summary =
          "The whole law library as a versioned JSON file (admin): jurisdictions, statutes with"
              + " sources, grades and dates in force, deadline rules")
  @APIResponseSchema(
      value = LawLibraryFile.class,
      responseCode = "200",
      responseDescription = "The library, as an attachment")
  public Response exportLibrary() {
    LawLibraryFile file = library.export();
    return Response.ok(file, MediaType.APPLICATION_JSON)
        .header(
            "Content-Disposition",
            "attachment; filename=\"law-library-"
                + file.exportedAt().toString().substring(0, 10)
                + ".json\"")
        .build();
  }

  @POST
  @Path("law/library/dry-run")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "dryRunLawLibraryImport",
      summary =
          "What importing a law library file would add, change, leave unchanged or refuse"
              + " (admin); writes nothing")
  public ImportReport dryRunImport(LawLibraryFile file) {
    return library.dryRun(file);
  }

  @POST
  @Path("law/library/import")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      operationId = "importLawLibrary",
      summary =
          "Import a law library file (admin): all of it or nothing (400 naming every refused"
              + " field); kept in the law's history; affected cases are recomputed")
  public ImportReport importLibrary(LawLibraryFile file) {
    return library.importFile(file);
  }

  @GET
  @Path("law/suggestions")
  @Operation(
      operationId = "suggestJurisdictions",
      summary =
          "Jurisdictions whose law may apply (?livesIn=US-WA&platformIn=US-CA, either may be"
              + " left out, not both): each place and the ones above it in the library, with the"
              + " reason and what the library holds for it")
  public List<JurisdictionSuggestion> suggest(
      @QueryParam("livesIn") String livesIn, @QueryParam("platformIn") String platformIn) {
    return law.suggest(livesIn, platformIn);
  }

  @GET
  @Path("law/compare")
  @Operation(
      operationId = "compareJurisdictions",
      summary =
          "Jurisdictions side by side (?jurisdiction=US-WA&jurisdiction=AU-NSW…, at most 12):"
              + " civil action, deepfakes, threats, doxxing, limitation periods, criminal"
              + " offences, removal clocks; each with its parents' law and grades")
  public List<JurisdictionComparison> compare(@QueryParam("jurisdiction") List<String> codes) {
    return law.compare(codes);
  }

  @GET
  @Path("law/compare/csv")
  @Produces("text/csv")
  @Operation(
      operationId = "compareJurisdictionsCsv",
      summary = "The same comparison as CSV, safe to open in a spreadsheet")
  @APIResponse(
      responseCode = "200",
      description = "The comparison as CSV, as an attachment",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response compareCsv(@QueryParam("jurisdiction") List<String> codes) {
    return Response.ok(law.compareCsv(codes), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"law-comparison.csv\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("jurisdictions")
  @Operation(operationId = "listJurisdictions", summary = "Jurisdictions a case may name")
  public List<JurisdictionView> jurisdictions() {
    return law.jurisdictions();
  }

  @GET
  @Path("statutes")
  @Operation(
      operationId = "listStatutes",
      summary = "Statutes (of one jurisdiction), with their deadline rules and verification")
  public List<StatuteView> statutes(@QueryParam("jurisdiction") String jurisdiction) {
    return law.statutes(jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction);
  }
}
