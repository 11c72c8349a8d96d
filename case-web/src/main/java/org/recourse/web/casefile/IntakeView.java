package org.recourse.web.casefile;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FlowEvent;
import org.recourse.casefile.CaseCommands.NewCase;
import org.recourse.casefile.CaseCommands.NewPerson;
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseTeamService;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.PersonKind;
import org.recourse.casefile.Priority;
import org.recourse.conflict.ConflictService;
import org.recourse.conflict.ConflictService.ConflictReport;
import org.recourse.law.LawService;
import org.recourse.law.LawService.JurisdictionSuggestion;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.FacesMessages;

/**
 * The intake wizard: victim, safe contact, incident, conflict check, team, create. Nothing is
 * written until the last step; the conflict check runs on what was entered before it.
 */
@Named
@ViewScoped
public class IntakeView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where each field of the domain's commands sits on the page, for messages beside it. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("victim.pseudonym", "intake:pseudonym"),
          Map.entry("victim.legalName", "intake:legalName"),
          Map.entry("victim.dateOfBirth", "intake:dateOfBirth"),
          Map.entry("victim.email", "intake:email"),
          Map.entry("victim.phone", "intake:phone"),
          Map.entry("title", "intake:title"),
          Map.entry("harmTypes", "intake:harmTypes"),
          Map.entry("incidentDate", "intake:incidentDate"),
          Map.entry("disseminationDate", "intake:disseminationDate"),
          Map.entry("discoveryDate", "intake:discoveryDate"),
          Map.entry("jurisdictions", "intake:jurisdictions"),
          Map.entry("name", "intake:respondentName"));

  @EJB private CaseService cases;
  @EJB private CaseTeamService caseTeam;
  @EJB private ConflictService conflicts;
  @EJB private LawService law;

  private Map<String, String> jurisdictionCatalogue;

  private final VictimForm victim = new VictimForm();
  // incident
  private String title;
  private HarmType[] harmTypes = new HarmType[0];
  private Priority priority = Priority.NORMAL;
  private LocalDate incidentDate;
  private LocalDate disseminationDate;
  private LocalDate discoveryDate;
  private String summary;
  private List<String> jurisdictions = new ArrayList<>();
  private String livesIn;
  private String platformIn;
  private List<JurisdictionSuggestion> suggestions = List.of();
  private String respondentName;
  private String respondentHandle;
  // conflict check
  private ConflictReport conflictReport;
  private boolean conflictsAcknowledged;
  // team
  private String memberUsername;
  private CaseRole memberRole = CaseRole.CASEWORKER;
  private final List<TeamAssignment> team = new ArrayList<>();

  @PostConstruct
  void init() {
    jurisdictionCatalogue = cases.jurisdictionCatalogue();
  }

  /** Runs the conflict check when the user reaches its step, and holds them there if unresolved. */
  public String onFlow(FlowEvent event) {
    if ("incident".equals(event.getOldStep())
        && "conflicts".equals(event.getNewStep())
        && (harmTypes == null || harmTypes.length == 0)) {
      // Checked here rather than by required="true" on the field: PrimeFaces writes
      // aria-required on the checkbox group's table, an attribute a table may not carry (WCAG).
      FacesContext context = FacesContext.getCurrentInstance();
      String message = "Harm: choose at least one kind of harm";
      context.addMessage(
          FIELDS.get("harmTypes"), new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
      context.validationFailed();
      return event.getOldStep();
    }
    if ("conflicts".equals(event.getNewStep())) {
      conflictReport =
          conflicts.check(
              java.util.Arrays.asList(
                  victim.getLegalName(),
                  victim.getPseudonym(),
                  victim.getEmail(),
                  victim.getPhone(),
                  respondentName,
                  respondentHandle));
      conflictsAcknowledged = false;
    }
    if ("conflicts".equals(event.getOldStep())
        && "team".equals(event.getNewStep())
        && conflictReport != null
        && !conflictReport.clear()
        && !conflictsAcknowledged) {
      FacesMessages.error("Possible conflicts were found: confirm you have checked them to go on.");
      return event.getOldStep();
    }
    return event.getNewStep();
  }

  /**
   * Offers first the case role of the typed user's own staff role (an advocate as the advocate).
   */
  public void suggestMemberRole() {
    memberRole = caseTeam.suggestedRoleForNewCase(memberUsername).orElse(CaseRole.CASEWORKER);
  }

  public void addMember() {
    if (memberUsername == null || memberUsername.isBlank()) {
      return;
    }
    team.removeIf(m -> m.username().equals(memberUsername.strip()));
    team.add(new TeamAssignment(memberUsername.strip(), memberRole));
    memberUsername = null;
    memberRole = CaseRole.CASEWORKER;
  }

  public void removeMember(String username) {
    team.removeIf(m -> m.username().equals(username));
  }

  /** Creates the case in one transaction and opens it. */
  public void create() throws IOException {
    List<NewPerson> people = new ArrayList<>();
    if (notBlank(respondentName) || notBlank(respondentHandle)) {
      people.add(
          new NewPerson(
              PersonKind.RESPONDENT,
              respondentName,
              notBlank(respondentName),
              List.of(),
              notBlank(respondentHandle) ? List.of(respondentHandle) : List.of(),
              null,
              null,
              null,
              null));
    }
    NewCase command =
        new NewCase(
            title,
            harmTypes.length == 0
                ? EnumSet.noneOf(HarmType.class)
                : EnumSet.copyOf(List.of(harmTypes)),
            priority,
            victim.toInput(),
            incidentDate,
            disseminationDate,
            discoveryDate,
            summary,
            new java.util.TreeSet<>(jurisdictions),
            List.copyOf(team),
            people);
    try {
      CaseDetail created = cases.open(command);
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().getFlash().setKeepMessages(true);
      FacesMessages.info("Case " + created.number() + " was opened.");
      context
          .getExternalContext()
          .redirect(context.getExternalContext().getRequestContextPath() + "/case/" + created.id());
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
      FacesMessages.error(
          "The case was not created: correct the fields marked in the earlier steps.");
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
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

  /**
   * Suggests the jurisdictions whose law may apply from where the client lives and where the
   * platform is based (the law library's own places and their parents).
   */
  public void suggestJurisdictions() {
    if ((livesIn == null || livesIn.isBlank()) && (platformIn == null || platformIn.isBlank())) {
      suggestions = List.of();
      return;
    }
    try {
      suggestions = law.suggest(livesIn, platformIn);
    } catch (InvalidInputException e) {
      suggestions = List.of();
      FacesMessages.fieldErrors(
          e, Map.of("livesIn", "intake:livesIn", "platformIn", "intake:platformIn"));
    }
  }

  /** Adds the suggested jurisdictions to the case's. */
  public void addSuggestedJurisdictions() {
    List<String> chosen = new ArrayList<>(jurisdictions == null ? List.of() : jurisdictions);
    suggestions.stream()
        .map(JurisdictionSuggestion::code)
        .filter(code -> !chosen.contains(code))
        .forEach(chosen::add);
    jurisdictions = chosen;
  }

  public List<JurisdictionSuggestion> getSuggestions() {
    return suggestions;
  }

  public String getLivesIn() {
    return livesIn;
  }

  public void setLivesIn(String livesIn) {
    this.livesIn = livesIn;
  }

  public String getPlatformIn() {
    return platformIn;
  }

  public void setPlatformIn(String platformIn) {
    this.platformIn = platformIn;
  }

  public Map<String, String> getJurisdictionCatalogue() {
    return jurisdictionCatalogue;
  }

  public VictimForm getVictim() {
    return victim;
  }

  public ConflictReport getConflictReport() {
    return conflictReport;
  }

  public List<TeamAssignment> getTeam() {
    return team;
  }

  // plain properties below

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

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(LocalDate incidentDate) {
    this.incidentDate = incidentDate;
  }

  public LocalDate getDisseminationDate() {
    return disseminationDate;
  }

  public void setDisseminationDate(LocalDate disseminationDate) {
    this.disseminationDate = disseminationDate;
  }

  public LocalDate getDiscoveryDate() {
    return discoveryDate;
  }

  public void setDiscoveryDate(LocalDate discoveryDate) {
    this.discoveryDate = discoveryDate;
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

  public String getRespondentName() {
    return respondentName;
  }

  public void setRespondentName(String respondentName) {
    this.respondentName = respondentName;
  }

  public String getRespondentHandle() {
    return respondentHandle;
  }

  public void setRespondentHandle(String respondentHandle) {
    this.respondentHandle = respondentHandle;
  }

  public boolean isConflictsAcknowledged() {
    return conflictsAcknowledged;
  }

  public void setConflictsAcknowledged(boolean conflictsAcknowledged) {
    this.conflictsAcknowledged = conflictsAcknowledged;
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
