package org.recourse.api.law;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.law.LawService;
import org.recourse.law.LawService.JurisdictionView;
import org.recourse.law.LawService.StatuteView;

/** The law library: jurisdictions and statutes, each statute with its citation and source. */
@Path("/")
@RequestScoped
@Tag(name = "law")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class LawResource {

  @EJB private LawService law;

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
