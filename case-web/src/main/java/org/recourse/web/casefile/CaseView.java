package org.recourse.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.recourse.casefile.CaseCommands.CaseChanges;
import org.recourse.casefile.CaseCommands.NewNote;
import org.recourse.casefile.CaseCommands.NewPerson;
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.casefile.CaseNoteService;
import org.recourse.casefile.CasePeopleService;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.CaseTeamService;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.NoteView;
import org.recourse.casefile.CaseViews.PersonView;
import org.recourse.casefile.CaseViews.TeamMemberView;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.InvalidStatusChangeException;
import org.recourse.casefile.PersonKind;
import org.recourse.casefile.Priority;
import org.recourse.deadline.CaseLawService;
import org.recourse.deadline.CaseLawService.CaseLaw;
import org.recourse.deadline.ComputedDeadline;
import org.recourse.deadline.DeadlineService;
import org.recourse.deadline.DeadlineStatus;
import org.recourse.deadline.DeadlineViews.DeadlineChangeView;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.ProblemException;
import org.recourse.shared.StaleDataException;
import org.recourse.web.FacesMessages;
import org.recourse.web.deadline.Clocks;

/**
 * One case with its tabs: overview (and editing), people, notes, team, jurisdictions. A case the
 * user may not see is answered with the not-found page, as one that does not exist.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("title", "case:tabs:title"),
          Map.entry("harmTypes", "case:tabs:harmTypes"),
          Map.entry("victim.pseudonym", "case:tabs:pseudonym"),
          Map.entry("victim.legalName", "case:tabs:legalName"),
          Map.entry("victim.email", "case:tabs:email"),
          Map.entry("victim.phone", "case:tabs:phone"),
          Map.entry("victim.dateOfBirth", "case:tabs:dateOfBirth"),
          Map.entry("closingReason", "case:tabs:closingReason"),
          Map.entry("jurisdictions", "case:tabs:jurisdictions"),
          Map.entry("body", "case:tabs:noteBody"),
          Map.entry("name", "case:tabs:personName"),
          Map.entry("email", "case:tabs:personEmail"),
          Map.entry("username", "case:tabs:memberUsername"));

  @EJB private CaseService cases;
  @EJB private CaseNoteService caseNotes;
  @EJB private CasePeopleService casePeople;
  @EJB private CaseTeamService caseTeam;
  @EJB private DeadlineService deadlineService;
  @Inject private ShownIdentities shownIdentities;
  @EJB private CaseLawService caseLawService;
  private CaseLaw caseLaw;

  private Long id;
  private CaseDetail detail;
  private List<NoteView> notes;
  private List<PersonView> people;
  private List<TeamMemberView> team;
  private List<DeadlineView> deadlines;
  private List<DeadlineChangeView> deadlineChanges;
  private java.time.LocalDate startDate;
  private String deadlineTitle;
  private java.time.LocalDate deadlineDate;
  private final HashMap<Long, String> waiveReasons = new HashMap<>();
  private Map<String, String> jurisdictionCatalogue;

  // edit form
  private String title;
  private HarmType[] harmTypes;
  private Priority priority;
  private CaseStatus status;
  private String closingReason;
  private String summary;
  private List<String> jurisdictions;
  private VictimForm victim;
  private boolean identityOnPage;
  private boolean codeWordShown;

  // new note, person, member
  private String noteBody;
  private boolean notePrivileged;
  private PersonKind personKind = PersonKind.RESPONDENT;
  private String personName;
  private String personHandles;
  private String personAliases;
  private String personRelationship;
  private String personEmail;
  private String memberUsername;
  private CaseRole memberRole = CaseRole.CASEWORKER;

  /** Called by the page's viewAction. */
  public void load() throws IOException {
    if (id == null) {
      notFound();
      return;
    }
    try {
      refresh();
      jurisdictionCatalogue = cases.jurisdictionCatalogue();
    } catch (NotFoundException e) {
      notFound();
    }
  }

  /**
   * Reads the case without recording an identity read: the page hides the identity until the person
   * asks for it ({@link #showIdentity}), which records the read once for the session.
   */
  private void refresh() {
    detail = cases.getUnrecorded(id);
    identityOnPage = detail.access().canSeeIdentity() && shownIdentities.contains(id);
    notes = caseNotes.notes(id);
    people = casePeople.people(id);
    team = caseTeam.team(id);
    caseLaw = caseLawService.forCase(id);
    fill();
  }

  /**
   * The page's form and deadlines from {@link #detail}, with the identity in deadline explanations
   * only when it is on the page.
   */
  private void fill() {
    deadlines = deadlineService.forCase(id, identityOnPage);
    deadlineChanges = deadlineService.changes(id);
    title = detail.title();
    harmTypes = detail.harmTypes().toArray(new HarmType[0]);
    priority = detail.priority();
    status = detail.status();
    closingReason = detail.closingReason();
    summary = detail.summary();
    jurisdictions = new ArrayList<>(detail.jurisdictions());
    victim = VictimForm.of(detail.victim());
  }

  /**
   * The victim's identity is on this page: the person may see it and asked to, this session. Kept
   * per page (set when the page loads or Show is pressed), so that Show pressed in another tab
   * never changes which inputs this page's next submit holds.
   */
  public boolean isIdentityShown() {
    return identityOnPage;
  }

  /**
   * Shows the identity, recording the read (once per case and session): the case is read again, and
   * the whole form with it, so that a save afterwards holds the version it shows.
   */
  public void showIdentity() {
    if (!detail.access().canSeeIdentity()) {
      return;
    }
    detail = cases.get(id);
    identityOnPage = true;
    shownIdentities.add(id);
    fill();
  }

  /** The code word stays hidden even with the identity shown, until asked for on this page. */
  public boolean isCodeWordShown() {
    return codeWordShown && identityOnPage;
  }

  public void showCodeWord() {
    codeWordShown = identityOnPage;
  }

  /**
   * The case's open legal clock that runs out first, for the banner under the case's heading (null
   * when none runs).
   */
  public DeadlineView getNextClock() {
    return deadlines == null ? null : Clocks.next(deadlines).orElse(null);
  }

  /** Reads the deadlines again, after something elsewhere on the page moved them. */
  public void reloadDeadlines() {
    deadlines = deadlineService.forCase(id, identityOnPage);
    deadlineChanges = deadlineService.changes(id);
  }

  private static void notFound() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, "No such case");
    context.responseComplete();
  }

  public void save() {
    CaseChanges changes =
        new CaseChanges(
            title,
            harmTypes == null || harmTypes.length == 0
                ? EnumSet.noneOf(HarmType.class)
                : EnumSet.copyOf(List.of(harmTypes)),
            priority,
            victim.toInput(),
            detail.incidentDate(),
            detail.disseminationDate(),
            detail.discoveryDate(),
            summary,
            new TreeSet<>(jurisdictions == null ? List.of() : jurisdictions),
            status,
            closingReason,
            detail.version());
    try {
      cases.update(id, changes);
      refresh();
      FacesMessages.info("Saved.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (StaleDataException | InvalidStatusChangeException | NotPermittedException e) {
      FacesMessages.error(e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  public void addNote() {
    try {
      caseNotes.addNote(id, new NewNote(noteBody, notePrivileged));
      noteBody = null;
      notePrivileged = false;
      refresh();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void addPerson() {
    try {
      casePeople.addPerson(
          id,
          new NewPerson(
              personKind,
              personName,
              personName != null && !personName.isBlank(),
              lines(personAliases),
              lines(personHandles),
              personRelationship,
              personEmail,
              null,
              null));
      personName = null;
      personHandles = null;
      personAliases = null;
      personRelationship = null;
      personEmail = null;
      refresh();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void removePerson(long personId) {
    try {
      casePeople.removePerson(id, personId);
      refresh();
    } catch (NotPermittedException | NotFoundException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /**
   * Once a username is typed, the case role offered first is the one of that user's staff role (an
   * advocate joins as the advocate); the lead attorney may still choose another.
   */
  public void suggestMemberRole() {
    try {
      memberRole = caseTeam.suggestedRole(id, memberUsername).orElse(CaseRole.CASEWORKER);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void addMember() {
    try {
      caseTeam.assign(id, new TeamAssignment(memberUsername, memberRole));
      memberUsername = null;
      memberRole = CaseRole.CASEWORKER;
      refresh();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void removeMember(String username) {
    try {
      caseTeam.unassign(id, username);
      refresh();
    } catch (InvalidInputException e) {
      FacesMessages.error(e.fieldErrors().values().iterator().next());
    } catch (NotPermittedException | NotFoundException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void addDeadline() {
    try {
      deadlineService.addManual(
          id, new DeadlineService.NewDeadline(deadlineTitle, deadlineDate, null, null));
      deadlineTitle = null;
      deadlineDate = null;
      refresh();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(
          e, Map.of("title", "case:tabs:deadlineTitle", "dueDate", "case:tabs:deadlineDate"));
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /**
   * Sets the start date of a deadline whose rule counts from a chosen date (trigger MANUAL); an
   * error is shown beside the row's date field.
   */
  public void startDeadlineFrom(long deadlineId) {
    try {
      deadlineService.setStartDate(deadlineId, startDate);
      FacesMessages.info("Start date set; the deadline is computed from it");
      startDate = null;
      refresh();
    } catch (InvalidInputException e) {
      int row = 0;
      while (row < deadlines.size() && deadlines.get(row).id() != deadlineId) {
        row++;
      }
      String clientId = "case:tabs:deadlineTable:" + row + ":startDate";
      FacesContext context = FacesContext.getCurrentInstance();
      e.fieldErrors()
          .forEach(
              (field, message) ->
                  context.addMessage(
                      clientId,
                      new jakarta.faces.application.FacesMessage(
                          jakarta.faces.application.FacesMessage.SEVERITY_ERROR, message, null)));
      context.validationFailed();
    } catch (NotPermittedException | NotFoundException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /**
   * The start date typed beside a deadline with trigger MANUAL (only the row whose button was
   * pressed is submitted).
   */
  public java.time.LocalDate getStartDate() {
    return startDate;
  }

  public void setStartDate(java.time.LocalDate startDate) {
    this.startDate = startDate;
  }

  public void markDone(long deadlineId) {
    closeDeadline(deadlineId, DeadlineStatus.DONE, null, null);
  }

  /**
   * Waives the deadline of the table's row {@code row} with the reason typed on that row; a missing
   * reason is said beside that row's field.
   */
  public void waive(long deadlineId, int row) {
    closeDeadline(
        deadlineId,
        DeadlineStatus.WAIVED,
        waiveReasons.get(deadlineId),
        "case:tabs:deadlineTable:" + row + ":waiveReason");
  }

  private void closeDeadline(long deadlineId, DeadlineStatus status, String reason, String field) {
    try {
      DeadlineView closed =
          deadlineService.changeStatus(
              deadlineId, new DeadlineService.StatusChange(status, reason));
      waiveReasons.remove(deadlineId);
      refresh();
      FacesMessages.info(
          "“"
              + closed.title()
              + "” "
              + (status == DeadlineStatus.DONE ? "marked done" : "waived")
              + ". Undo on its row opens it again.");
    } catch (InvalidInputException e) {
      String message = e.fieldErrors().get("reason");
      if (message != null && field != null) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(
            field,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, "Say why it is waived: a reason is needed", null));
        context.validationFailed();
      } else {
        FacesMessages.error(e.fieldErrors().values().iterator().next());
      }
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /** Undoes a done or waived deadline: open again, the case history keeping both steps. */
  public void reopen(long deadlineId) {
    try {
      DeadlineView opened = deadlineService.reopen(deadlineId);
      refresh();
      FacesMessages.info("“" + opened.title() + "” is open again.");
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /** Shares a deadline's date with the client through the portal, or stops sharing it. */
  public void shareWithClient(long deadlineId, boolean shared) {
    try {
      DeadlineView changed = deadlineService.shareWithClient(deadlineId, shared);
      refresh();
      FacesMessages.info(
          "“"
              + changed.title()
              + (shared
                  ? "” is shown to the client in the portal (what and when)."
                  : "” is no longer shown to the client."));
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /** What is typed in each open deadline's reason field, by deadline id. */
  public Map<Long, String> getWaiveReasons() {
    return waiveReasons;
  }

  public List<DeadlineView> getDeadlines() {
    return deadlines;
  }

  public List<DeadlineChangeView> getDeadlineChanges() {
    return deadlineChanges;
  }

  public String getDeadlineTitle() {
    return deadlineTitle;
  }

  public void setDeadlineTitle(String deadlineTitle) {
    this.deadlineTitle = deadlineTitle;
  }

  public java.time.LocalDate getDeadlineDate() {
    return deadlineDate;
  }

  public void setDeadlineDate(java.time.LocalDate deadlineDate) {
    this.deadlineDate = deadlineDate;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : List.of(text.split("\\R"));
  }

  public String jurisdictionName(String code) {
    return jurisdictionCatalogue == null ? code : jurisdictionCatalogue.getOrDefault(code, code);
  }

  public HarmType[] getAllHarmTypes() {
    return HarmType.values();
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public CaseRole[] getCaseRoles() {
    return CaseRole.values();
  }

  public PersonKind[] getPersonKinds() {
    return PersonKind.values();
  }

  /** The current status and those the workflow allows next. */
  public List<CaseStatus> getStatusChoices() {
    List<CaseStatus> choices = new ArrayList<>();
    choices.add(detail.status());
    choices.addAll(detail.status().next());
    return choices;
  }

  public Map<String, String> getJurisdictionCatalogue() {
    return jurisdictionCatalogue;
  }

  /** The law of the case's jurisdictions and their parents, for the "Law" tab. */
  public CaseLaw getCaseLaw() {
    return caseLaw;
  }

  /** The case's deadline from a rule of the law library, or null if it has none. */
  public DeadlineView deadlineOfRule(long ruleId) {
    return caseLaw == null
        ? null
        : caseLaw.ruleDeadlines().stream()
            .filter(d -> d.ruleId() != null && d.ruleId() == ruleId)
            .findFirst()
            .orElse(null);
  }

  /**
   * The case's date from a rule, as the law panel shows it: "→ 2030-03-01", with "provisional -
   * check before relying on it" for a SECONDARY grade, "no date: verify the period" when no source
   * confirms it, or which date of the case is missing.
   */
  public String lawDate(long ruleId) {
    DeadlineView d = deadlineOfRule(ruleId);
    if (d == null) {
      return "";
    }
    return switch (d.computation()) {
      case COMPUTED ->
          " → "
              + (d.dueDate() != null ? d.dueDate().toString() : d.dueAt().toString())
              + (d.provisional() ? " (" + org.recourse.law.SourceGrade.PROVISIONAL_NOTE + ")" : "");
      case PERIOD_UNKNOWN -> " → no date: verify the period";
      case MISSING_FACT -> " → no date yet: a date of the case is missing";
      case NOT_IN_FORCE -> " → not in force for this case";
    };
  }

  /** Whether the panel's date is firm (computed and not provisional). */
  public boolean lawDateFirm(long ruleId) {
    DeadlineView d = deadlineOfRule(ruleId);
    return d == null || (d.computation() == ComputedDeadline.Status.COMPUTED && !d.provisional());
  }

  public CaseDetail getDetail() {
    return detail;
  }

  public List<NoteView> getNotes() {
    return notes;
  }

  public List<PersonView> getPeople() {
    return people;
  }

  public List<TeamMemberView> getTeam() {
    return team;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public HarmType[] getHarmTypes() {
    return harmTypes;
  }

  public void setHarmTypes(HarmType[] harmTypes) {
    this.harmTypes = harmTypes;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public String getClosingReason() {
    return closingReason;
  }

  public void setClosingReason(String closingReason) {
    this.closingReason = closingReason;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public List<String> getJurisdictions() {
    return jurisdictions;
  }

  public void setJurisdictions(List<String> jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  public VictimForm getVictim() {
    return victim;
  }

  public String getNoteBody() {
    return noteBody;
  }

  public void setNoteBody(String noteBody) {
    this.noteBody = noteBody;
  }

  public boolean isNotePrivileged() {
    return notePrivileged;
  }

  public void setNotePrivileged(boolean notePrivileged) {
    this.notePrivileged = notePrivileged;
  }

  public PersonKind getPersonKind() {
    return personKind;
  }

  public void setPersonKind(PersonKind personKind) {
    this.personKind = personKind;
  }

  public String getPersonName() {
    return personName;
  }

  public void setPersonName(String personName) {
    this.personName = personName;
  }

  public String getPersonHandles() {
    return personHandles;
  }

  public void setPersonHandles(String personHandles) {
    this.personHandles = personHandles;
  }

  public String getPersonAliases() {
    return personAliases;
  }

  public void setPersonAliases(String personAliases) {
    this.personAliases = personAliases;
  }

  public String getPersonRelationship() {
    return personRelationship;
  }

  public void setPersonRelationship(String personRelationship) {
    this.personRelationship = personRelationship;
  }

  public String getPersonEmail() {
    return personEmail;
  }

  public void setPersonEmail(String personEmail) {
    this.personEmail = personEmail;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public void setMemberUsername(String memberUsername) {
    this.memberUsername = memberUsername;
  }

  public CaseRole getMemberRole() {
    return memberRole;
  }

  public void setMemberRole(CaseRole memberRole) {
    this.memberRole = memberRole;
  }
}
