package org.recourse.api.casefile;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.casefile.CaseCommands.CaseChanges;
import org.recourse.casefile.CaseCommands.CaseQuery;
import org.recourse.casefile.CaseCommands.CaseSort;
import org.recourse.casefile.CaseCommands.NewCase;
import org.recourse.casefile.CaseCommands.NewNote;
import org.recourse.casefile.CaseCommands.NewPerson;
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.casefile.CaseNoteService;
import org.recourse.casefile.CasePeopleService;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.CaseTeamService;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.CaseSummary;
import org.recourse.casefile.CaseViews.NoteView;
import org.recourse.casefile.CaseViews.Page;
import org.recourse.casefile.CaseViews.PersonView;
import org.recourse.casefile.CaseViews.TeamMemberView;
import org.recourse.casefile.HarmType;
import org.recourse.deadline.CaseLawService;
import org.recourse.deadline.CaseLawService.CaseLaw;
import org.recourse.deadline.DeadlineService;
import org.recourse.deadline.DeadlineService.NewDeadline;
import org.recourse.deadline.DeadlineViews.DeadlineChangeView;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.shared.InvalidInputException;

/**
 * Cases, their teams, notes and people. A case outside the caller's reach answers 404, exactly as
 * one that does not exist.
 */
@Path("/cases")
@RequestScoped
@Tag(name = "cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CaseResource {

  private static final int MAX_PAGE_SIZE = 100;

  @EJB private CaseService cases;
  @EJB private CaseNoteService caseNotes;
  @EJB private CasePeopleService casePeople;
  @EJB private CaseTeamService caseTeam;
  @EJB private DeadlineService deadlines;
  @EJB private CaseLawService caseLaw;
  @Context private UriInfo uriInfo;

  @POST
  @RolesAllowed({ATTORNEY, ADVOCATE, ADMIN})
  @Operation(
      operationId = "createCase",
      summary = "Open a case at intake; the caller joins its team")
  @APIResponseSchema(
      value = CaseDetail.class,
      responseCode = "201",
      responseDescription = "The case opened")
  public Response create(NewCase command) {
    CaseDetail created = cases.open(command);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(
      operationId = "listCases",
      summary = "The cases the caller may see, filtered and paged")
  public Page<CaseSummary> list(
      @QueryParam("q") String text,
      @QueryParam("status") String status,
      @QueryParam("harmType") String harmType,
      @QueryParam("jurisdiction") String jurisdiction,
      @QueryParam("teamMember") String teamMember,
      @QueryParam("sort") @DefaultValue("UPDATED") String sort,
      @QueryParam("ascending") @DefaultValue("false") boolean ascending,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    if (page < 0) {
      throw new InvalidInputException("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    if ((long) page * size + size > Integer.MAX_VALUE) {
      throw new InvalidInputException("page", "is past any list's end");
    }
    CaseQuery query =
        new CaseQuery(
            text,
            enumParam("status", status, CaseStatus.class),
            enumParam("harmType", harmType, HarmType.class),
            jurisdiction,
            teamMember);
    return cases.search(
        query, page * size, size, enumParam("sort", sort, CaseSort.class), ascending);
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getCase",
      summary = "One case; the victim's identity only for the case team")
  public CaseDetail get(@PathParam("id") long id) {
    return cases.get(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      operationId = "updateCase",
      summary = "Change a case; 409 if it was changed since the given version")
  @APIResponse(
      responseCode = "409",
      description =
          "Changed since the given version, a status change the workflow refuses, or a purged case")
  @APIResponseSchema(
      value = CaseDetail.class,
      responseCode = "200",
      responseDescription = "The case as changed")
  public CaseDetail update(@PathParam("id") long id, CaseChanges changes) {
    return cases.update(id, changes);
  }

  @GET
  @Path("{id}/team")
  @Operation(operationId = "listTeam")
  public List<TeamMemberView> team(@PathParam("id") long id) {
    return caseTeam.team(id);
  }

  @POST
  @Path("{id}/team")
  @Operation(
      operationId = "assignTeamMember",
      summary = "Add a user to the team or change their case role (lead attorney, admin)")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponse(
      responseCode = "200",
      description = "The team as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TeamMemberView.class)))
  public List<TeamMemberView> assign(@PathParam("id") long id, TeamAssignment assignment) {
    return caseTeam.assign(id, assignment);
  }

  @DELETE
  @Path("{id}/team/{username}")
  @Operation(
      operationId = "removeTeamMember",
      summary = "Remove a user from the team (lead attorney, admin)")
  @APIResponse(responseCode = "400", description = "The last team member cannot be removed")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponse(
      responseCode = "200",
      description = "The team as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TeamMemberView.class)))
  public List<TeamMemberView> unassign(
      @PathParam("id") long id, @PathParam("username") String username) {
    return caseTeam.unassign(id, username);
  }

  @DELETE
  @Path("{id}/team")
  @Operation(
      operationId = "removeTeamMemberByQuery",
      summary = "Remove the user named by ?username= from the team (lead attorney, admin)")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  @APIResponse(
      responseCode = "200",
      description = "The team as changed",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = TeamMemberView.class)))
  public List<TeamMemberView> unassignByQuery(
      @PathParam("id") long id, @QueryParam("username") String username) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException("username", "must not be empty");
    }
    return caseTeam.unassign(id, username);
  }

  @GET
  @Path("{id}/deadlines")
  @Operation(
      operationId = "listCaseDeadlines",
      summary = "The case's deadlines, soonest first, each with its explanation")
  public List<DeadlineView> deadlines(@PathParam("id") long id) {
    return deadlines.forCase(id);
  }

  @GET
  @Path("{id}/law")
  @Operation(
      operationId = "getCaseLaw",
      summary =
          "The law of the case's jurisdictions and their parents: civil remedies, criminal"
              + " offences, deepfake/threat/doxxing coverage, platform or regulator clocks, each"
              + " with citation, sources and grade, and the case's deadlines from their rules")
  public CaseLaw law(@PathParam("id") long id) {
    return caseLaw.forCase(id);
  }

  @POST
  @Path("{id}/deadlines")
  @Operation(operationId = "addDeadline", summary = "Add a deadline by hand (a hearing, a task)")
  @APIResponseSchema(
      value = DeadlineView.class,
      responseCode = "201",
      responseDescription = "The deadline added")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response addDeadline(@PathParam("id") long id, NewDeadline deadline) {
    DeadlineView saved = deadlines.addManual(id, deadline);
    return Response.status(Response.Status.CREATED).entity(saved).build();
  }

  @GET
  @Path("{id}/deadline-changes")
  @Operation(
      operationId = "listDeadlineChanges",
      summary = "How the case's computed deadlines moved when facts changed, and why")
  public List<DeadlineChangeView> deadlineChanges(@PathParam("id") long id) {
    return deadlines.changes(id);
  }

  @GET
  @Path("{id}/notes")
  @Operation(
      operationId = "listNotes",
      summary = "Notes, newest first; privileged notes only for attorneys on the team")
  public List<NoteView> notes(@PathParam("id") long id) {
    return caseNotes.notes(id);
  }

  @POST
  @Path("{id}/notes")
  @Operation(operationId = "addNote")
  @APIResponseSchema(
      value = NoteView.class,
      responseCode = "201",
      responseDescription = "The note added")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response addNote(@PathParam("id") long id, NewNote note) {
    NoteView saved = caseNotes.addNote(id, note);
    return Response.status(Response.Status.CREATED).entity(saved).build();
  }

  @GET
  @Path("{id}/people")
  @Operation(operationId = "listPeople")
  public List<PersonView> people(@PathParam("id") long id) {
    return casePeople.people(id);
  }

  @POST
  @Path("{id}/people")
  @Operation(operationId = "addPerson")
  @APIResponseSchema(
      value = PersonView.class,
      responseCode = "201",
      responseDescription = "The person added")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response addPerson(@PathParam("id") long id, NewPerson person) {
    PersonView saved = casePeople.addPerson(id, person);
    return Response.status(Response.Status.CREATED).entity(saved).build();
  }

  @DELETE
  @Path("{id}/people/{personId}")
  @Operation(operationId = "removePerson")
  @APIResponse(responseCode = "204", description = "The person was removed")
  @APIResponse(responseCode = "409", description = "The case is purged: a read-only shell")
  public Response removePerson(@PathParam("id") long id, @PathParam("personId") long personId) {
    casePeople.removePerson(id, personId);
    return Response.noContent().build();
  }

  static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          name, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }
}
