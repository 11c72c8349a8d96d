package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.portal.PortalCommands.NewIncident;
import org.recourse.portal.PortalService;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.ProblemException;
import org.recourse.web.Formats;

/**
 * The portal page's incident log: the client's entries, in the order things happened, and the form
 * that adds one (when, what, where, who, what is still needed, and files the client sent that show
 * it). The time typed is read in the zone the page shows times in. Refusals appear beside their
 * fields in the client's language; an entry is never changed once written.
 */
@Named("portalIncidents")
@ViewScoped
public class PortalIncidentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the form sends under each field's name; the service names the same fields. */
  static final Map<String, String> FIELDS =
      Map.of(
          "occurredAt", "portalIncident:incidentWhen",
          "what", "portalIncident:incidentWhat",
          "where", "portalIncident:incidentWhere",
          "who", "portalIncident:incidentWho",
          "stillNeeded", "portalIncident:incidentNeeded",
          "evidenceIds", "portalIncident:incidentEvidence");

  @EJB private PortalService portal;
  @EJB private ClientUploads uploads;

  private Long caseId;
  private boolean loaded;
  private List<IncidentView> entries;
  private List<ClientUploadView> files;
  private String occurredAt;
  private String what;
  private String where;
  private String who;
  private String stillNeeded;
  private List<String> evidenceIds = new ArrayList<>();
  private boolean sent;

  /** The client's own case, or null when they have none. */
  public Long getCaseId() {
    if (!loaded) {
      loaded = true;
      caseId = portal.myCaseId().orElse(null);
    }
    return caseId;
  }

  /** The log, in the order things happened. */
  public List<IncidentView> getEntries() {
    if (entries == null) {
      entries = getCaseId() == null ? List.of() : portal.incidents(caseId);
    }
    return entries;
  }

  /** The files the client sent, which they may attach to an entry, newest first. */
  public List<ClientUploadView> getFiles() {
    if (files == null) {
      files = getCaseId() == null ? List.of() : uploads.uploads(caseId);
    }
    return files;
  }

  /** The zone typed times are read in (the one the page shows times in). */
  public String getZone() {
    return zone().getId();
  }

  /** "Times are in UTC.", in the page's language. */
  public String getZoneNote() {
    return new MessageFormat(PortalTexts.text("incidentZone"), PortalTexts.current().locale())
        .format(new Object[] {getZone()});
  }

  public void add() {
    sent = false;
    try {
      portal.addIncident(
          getCaseId(),
          new NewIncident(
              parse(occurredAt, zone()), what, where, who, stillNeeded, List.copyOf(evidenceIds)));
      sent = true;
      occurredAt = null;
      what = null;
      where = null;
      who = null;
      stillNeeded = null;
      evidenceIds = new ArrayList<>();
      entries = null;
    } catch (InvalidInputException e) {
      PortalFieldMessages.show(e, FIELDS);
    } catch (ProblemException e) {
      PortalFieldMessages.showGlobal(e.getMessage());
    }
  }

  /**
   * A date and time as a {@code datetime-local} field sends it ("2026-12-07T21:30"), in the given
   * zone; null (which the service refuses, naming the field) when empty or not such a time.
   */
  static Instant parse(String typed, ZoneId zone) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static ZoneId zone() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context.getApplication().evaluateExpressionGet(context, "#{fmt}", Formats.class).zone();
  }

  /** Whether an entry was just added (the confirmation beside the form). */
  public boolean isSent() {
    return sent;
  }

  public String getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(String occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public String getWhere() {
    return where;
  }

  public void setWhere(String where) {
    this.where = where;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public String getStillNeeded() {
    return stillNeeded;
  }

  public void setStillNeeded(String stillNeeded) {
    this.stillNeeded = stillNeeded;
  }

  public List<String> getEvidenceIds() {
    return evidenceIds;
  }

  public void setEvidenceIds(List<String> evidenceIds) {
    this.evidenceIds = evidenceIds == null ? new ArrayList<>() : new ArrayList<>(evidenceIds);
  }
}
