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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.law.LawAdminService;
import org.recourse.law.LawAdminService.HistoryEntry;
import org.recourse.law.LawAdminService.JurisdictionChanges;
import org.recourse.law.LawAdminService.NewJurisdiction;
import org.recourse.law.LawAdminService.RuleChanges;
import org.recourse.law.LawAdminService.StatuteChanges;
import org.recourse.law.LawService;
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

  /** How many cases had their deadlines recomputed after a rule was corrected. */
  public record RuleUpdated(int recomputedCases) {}

  /** The id of something just created. */
  public record Created(long id) {}

  @POST
  @Path("jurisdictions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a jurisdiction (admin)")
  public Response createJurisdiction(NewJurisdiction command) {
    admin.createJurisdiction(command);
    return Response.status(Response.Status.CREATED).build();
  }

  @PUT
  @Path("jurisdictions/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Correct a jurisdiction's name, zone or holiday calendar (admin)")
  public RuleUpdated updateJurisdiction(
      @PathParam("code") String code, JurisdictionChanges changes) {
    return new RuleUpdated(admin.updateJurisdiction(code, changes));
  }

  @GET
  @Path("jurisdictions/{code}/history")
  @RolesAllowed(Roles.ADMIN)
  public List<HistoryEntry> jurisdictionHistory(@PathParam("code") String code) {
    return admin.jurisdictionHistory(code);
  }

  @POST
  @Path("statutes")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Add a statute to ?jurisdiction= (admin)")
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
      summary = "Add a deadline rule to a statute (admin); leave amount empty if unconfirmed")
  public Response createRule(@PathParam("id") long id, RuleChanges details) {
    return Response.status(Response.Status.CREATED)
        .entity(new Created(admin.createRule(id, details)))
        .build();
  }

  @PUT
  @Path("statutes/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Correct a statute (admin); kept in its history")
  public Response updateStatute(@PathParam("id") long id, StatuteChanges changes) {
    admin.updateStatute(id, changes);
    return Response.noContent().build();
  }

  @PUT
  @Path("rules/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Correct a deadline rule (admin); every case it applies to is recomputed")
  public RuleUpdated updateRule(@PathParam("id") long id, RuleChanges changes) {
    return new RuleUpdated(admin.updateRule(id, changes));
  }

  @GET
  @Path("statutes/{id}/history")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Who changed the statute when, with old and new values (admin)")
  public List<HistoryEntry> statuteHistory(@PathParam("id") long id) {
    return admin.statuteHistory(id);
  }

  @GET
  @Path("rules/{id}/history")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Who changed the rule when, with old and new values (admin)")
  public List<HistoryEntry> ruleHistory(@PathParam("id") long id) {
    return admin.ruleHistory(id);
  }

  @GET
  @Path("jurisdictions")
  @Operation(summary = "Jurisdictions a case may name")
  public List<JurisdictionView> jurisdictions() {
    return law.jurisdictions();
  }

  @GET
  @Path("statutes")
  @Operation(summary = "Statutes (of one jurisdiction), with their deadline rules and verification")
  public List<StatuteView> statutes(@QueryParam("jurisdiction") String jurisdiction) {
    return law.statutes(jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction);
  }
}
