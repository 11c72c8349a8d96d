package org.recourse.api.portal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.portal.ReportDecisionService;
import org.recourse.portal.Suggestions.AcceptReport;
import org.recourse.portal.Suggestions.AcceptedView;
import org.recourse.portal.Suggestions.DismissReport;
import org.recourse.portal.Suggestions.SuggestionView;

/**
 * The team's decisions on the web addresses the client reported: each a suggestion to take on as a
 * draft removal request or to dismiss. Those who may add removal requests to the case decide. The
 * list, with each decision, is {@code GET cases/{caseId}/portal/reports} ({@link
 * CasePortalResource}); this resource's path is literal down to the report so that it does not take
 * that one's paths.
 */
@Path("cases/{caseId}/portal/reports/{reportId}")
@RequestScoped
@Tag(name = "portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CasePortalReportsResource {

  @EJB private ReportDecisionService decisions;

  @POST
  @Path("accept")
  @Operation(
      operationId = "acceptSuggestion",
      summary =
          "Takes a reported web address on as a draft removal request (content kind and legal"
              + " basis required, statuteId optional), with the checks of the bulk paste; an"
              + " address the case has a request for already points to that request (created:"
              + " false)")
  @APIResponseSchema(
      value = AcceptedView.class,
      responseCode = "200",
      responseDescription = "The suggestion as decided, and whether a new draft was made")
  @APIResponse(
      responseCode = "409",
      description = "The team has decided on this address already, or the case is purged")
  public AcceptedView accept(
      @PathParam("caseId") long caseId, @PathParam("reportId") long reportId, AcceptReport body) {
    return decisions.accept(caseId, reportId, body);
  }

  @POST
  @Path("dismiss")
  @Operation(
      operationId = "dismissSuggestion",
      summary =
          "Dismisses a reported web address, with an optional reason (up to 1000 characters) the"
              + " team keeps; the client reads only that the team is not taking it further")
  @APIResponseSchema(
      value = SuggestionView.class,
      responseCode = "200",
      responseDescription = "The suggestion as dismissed")
  @APIResponse(
      responseCode = "409",
      description = "The team has decided on this address already, or the case is purged")
  public SuggestionView dismiss(
      @PathParam("caseId") long caseId, @PathParam("reportId") long reportId, DismissReport body) {
    return decisions.dismiss(caseId, reportId, body);
  }
}
