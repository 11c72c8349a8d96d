package org.recourse.web.law;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recourse.law.LawAdminService;
import org.recourse.law.LawAdminService.HistoryEntry;
import org.recourse.law.LawAdminService.RuleChanges;
import org.recourse.law.LawAdminService.StatuteChanges;
import org.recourse.law.LawService;
import org.recourse.law.LawService.RuleView;
import org.recourse.law.LawService.StatuteView;
import org.recourse.law.OffsetUnit;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;
import org.recourse.law.StatuteKind;
import org.recourse.law.Trigger;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.StaleDataException;
import org.recourse.web.FacesMessages;

/**
 * The administrators' page of the law library: pick a statute, correct it or one of its rules, and
 * see who changed what, when. Rules without a confirmed period stay without a number.
 */
@Named
@ViewScoped
public class LawAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> RULE_FIELDS =
      Map.of(
          "label", "law:ruleLabel",
          "amount", "law:ruleAmount",
          "unit", "law:ruleUnit",
          "trigger", "law:ruleTrigger",
          "windowStart", "law:ruleWindowStart",
          "windowEnd", "law:ruleWindowEnd",
          "severity", "law:ruleSeverity",
          "grade", "law:ruleGrade",
          "effectiveFrom", "law:ruleEffectiveFrom",
          "effectiveUntil", "law:ruleEffectiveUntil");

  private static final Map<String, String> STATUTE_FIELDS =
      Map.of(
          "citation", "law:citation",
          "shortTitle", "law:shortTitle",
          "sourceUrl", "law:sourceUrl",
          "lastReviewed", "law:lastReviewed",
          "grade", "law:statuteGrade");

  @EJB private LawService law;
  @EJB private LawAdminService admin;

  private List<StatuteView> statutes;
  private StatuteView statute;
  private RuleView rule;

  // statute form
  private String citation;
  private String shortTitle;
  private StatuteKind kind;
  private String summary;
  private String sourceUrl;
  private LocalDate lastReviewed;
  private SourceGrade statuteGrade;

  // rule form
  private String ruleLabel;
  private Severity ruleSeverity;
  private Trigger ruleTrigger;
  private Integer ruleAmount;
  private OffsetUnit ruleUnit;
  private Integer ruleWindowStart;
  private Integer ruleWindowEnd;
  private boolean ruleTolled;
  private SourceGrade ruleGrade = SourceGrade.UNCONFIRMED;
  private java.time.LocalDate ruleEffectiveFrom;
  private java.time.LocalDate ruleEffectiveUntil;

  // jurisdiction form
  private List<LawService.JurisdictionView> jurisdictions;
  private String jurisdictionCode;
  private String jurisdictionName;
  private String jurisdictionParent;
  private String jurisdictionZone;
  private String jurisdictionCalendar;
  private boolean newJurisdiction;

  @PostConstruct
  void init() {
    statutes = law.statutes(null);
    jurisdictions = law.jurisdictions();
  }

  public void selectJurisdiction(String code) {
    newJurisdiction = false;
    jurisdictions.stream()
        .filter(j -> j.code().equals(code))
        .findFirst()
        .ifPresent(
            j -> {
              jurisdictionCode = j.code();
              jurisdictionName = j.name();
              jurisdictionParent = j.parentCode();
              jurisdictionZone = j.timeZone();
              jurisdictionCalendar = j.holidayCalendar();
            });
  }

  public void startNewJurisdiction() {
    newJurisdiction = true;
    jurisdictionCode = null;
    jurisdictionName = null;
    jurisdictionParent = null;
    jurisdictionZone = null;
    jurisdictionCalendar = null;
  }

  public void saveJurisdiction() {
    Map<String, String> fields =
        Map.of(
            "code", "law:jurisdictionCode",
            "details.name", "law:jurisdictionName",
            "name", "law:jurisdictionName",
            "timeZone", "law:jurisdictionZone",
            "details.timeZone", "law:jurisdictionZone",
            "holidayCalendar", "law:jurisdictionCalendar",
            "parentCode", "law:jurisdictionParent");
    LawAdminService.JurisdictionChanges changes =
        new LawAdminService.JurisdictionChanges(
            jurisdictionName, jurisdictionParent, jurisdictionZone, jurisdictionCalendar);
    try {
      if (newJurisdiction) {
        admin.createJurisdiction(new LawAdminService.NewJurisdiction(jurisdictionCode, changes));
        FacesMessages.info("Jurisdiction " + jurisdictionCode + " added.");
      } else {
        int recomputed = admin.updateJurisdiction(jurisdictionCode, changes);
        FacesMessages.info(
            "Jurisdiction saved; deadlines of " + recomputed + " cases were recomputed.");
      }
      newJurisdiction = false;
      jurisdictions = law.jurisdictions();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, fields);
    }
  }

  private String newCitation;
  private String newTitle;
  private StatuteKind newKind = StatuteKind.CIVIL_REMEDY;
  private String newSourceUrl;

  /** Adds a statute to the jurisdiction being edited. */
  public void addStatute() {
    try {
      long id =
          admin.createStatute(
              jurisdictionCode,
              new StatuteChanges(
                  newCitation,
                  newTitle,
                  newKind,
                  null,
                  null,
                  null,
                  newSourceUrl,
                  null,
                  SourceGrade.UNCONFIRMED,
                  null,
                  null,
                  null,
                  null,
                  null));
      newCitation = null;
      newTitle = null;
      newSourceUrl = null;
      statutes = law.statutes(null);
      selectStatute(id);
      FacesMessages.info("Statute added.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(
          e,
          Map.of(
              "citation", "law:newCitation",
              "shortTitle", "law:newTitle",
              "sourceUrl", "law:newSourceUrl",
              "jurisdiction", "law:jurisdictionCode"));
    }
  }

  public String getNewCitation() {
    return newCitation;
  }

  public void setNewCitation(String newCitation) {
    this.newCitation = newCitation;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public StatuteKind getNewKind() {
    return newKind;
  }

  public void setNewKind(StatuteKind newKind) {
    this.newKind = newKind;
  }

  public String getNewSourceUrl() {
    return newSourceUrl;
  }

  public void setNewSourceUrl(String newSourceUrl) {
    this.newSourceUrl = newSourceUrl;
  }

  /** Adds a rule, from the rule form, to the selected statute. */
  public void addRule() {
    try {
      long id =
          admin.createRule(
              statute.id(),
              new RuleChanges(
                  ruleLabel,
                  ruleSeverity,
                  ruleTrigger,
                  ruleAmount,
                  ruleUnit,
                  ruleWindowStart,
                  ruleWindowEnd,
                  ruleTolled,
                  ruleGrade,
                  null,
                  null,
                  null,
                  ruleEffectiveFrom,
                  ruleEffectiveUntil,
                  null));
      reload(statute.id(), id);
      FacesMessages.info("Rule added.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, RULE_FIELDS);
    }
  }

  /** Clears the rule form for a new rule of the selected statute. */
  public void startNewRule() {
    rule = null;
    ruleLabel = null;
    ruleSeverity = Severity.HIGH;
    ruleTrigger = null;
    ruleAmount = null;
    ruleUnit = null;
    ruleWindowStart = null;
    ruleWindowEnd = null;
    ruleTolled = false;
    ruleGrade = SourceGrade.UNCONFIRMED;
    ruleEffectiveFrom = null;
    ruleEffectiveUntil = null;
    newRule = true;
  }

  private boolean newRule;

  public boolean isNewRule() {
    return newRule;
  }

  public List<HistoryEntry> getJurisdictionHistory() {
    return jurisdictionCode == null || newJurisdiction
        ? List.of()
        : admin.jurisdictionHistory(jurisdictionCode);
  }

  public List<LawService.JurisdictionView> getJurisdictions() {
    return jurisdictions;
  }

  public boolean isNewJurisdiction() {
    return newJurisdiction;
  }

  public String getJurisdictionCode() {
    return jurisdictionCode;
  }

  public void setJurisdictionCode(String jurisdictionCode) {
    this.jurisdictionCode = jurisdictionCode;
  }

  public String getJurisdictionName() {
    return jurisdictionName;
  }

  public void setJurisdictionName(String jurisdictionName) {
    this.jurisdictionName = jurisdictionName;
  }

  public String getJurisdictionParent() {
    return jurisdictionParent;
  }

  public void setJurisdictionParent(String jurisdictionParent) {
    this.jurisdictionParent = jurisdictionParent;
  }

  public String getJurisdictionZone() {
    return jurisdictionZone;
  }

  public void setJurisdictionZone(String jurisdictionZone) {
    this.jurisdictionZone = jurisdictionZone;
  }

  public String getJurisdictionCalendar() {
    return jurisdictionCalendar;
  }

  public void setJurisdictionCalendar(String jurisdictionCalendar) {
    this.jurisdictionCalendar = jurisdictionCalendar;
  }

  public void selectStatute(long id) {
    newRule = false;
    statute = statutes.stream().filter(s -> s.id() == id).findFirst().orElse(null);
    rule = null;
    if (statute != null) {
      citation = statute.citation();
      shortTitle = statute.title();
      kind = statute.kind();
      summary = statute.summary();
      sourceUrl = statute.sourceUrl();
      lastReviewed = statute.lastReviewed();
      statuteGrade = statute.grade();
    }
  }

  public void selectRule(long id) {
    newRule = false;
    rule = statute.rules().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    if (rule != null) {
      ruleLabel = rule.label();
      ruleSeverity = rule.severity();
      ruleTrigger = rule.trigger() == null ? null : Trigger.valueOf(rule.trigger());
      ruleAmount = rule.amount();
      ruleUnit = rule.unit() == null ? null : OffsetUnit.valueOf(rule.unit());
      ruleWindowStart = rule.windowStart();
      ruleWindowEnd = rule.windowEnd();
      ruleTolled = rule.tolledDuringMinority();
      ruleGrade = rule.grade();
      ruleEffectiveFrom = rule.effectiveFrom();
      ruleEffectiveUntil = rule.effectiveUntil();
    }
  }

  public void saveStatute() {
    try {
      admin.updateStatute(
          statute.id(),
          new StatuteChanges(
              citation,
              shortTitle,
              kind,
              summary,
              statute.remedies(),
              statute.effectiveDate(),
              sourceUrl,
              lastReviewed,
              statuteGrade,
              null,
              null,
              statute.effectiveUntil(),
              null,
              statute.version()));
      reload(statute.id(), null);
      FacesMessages.info("Statute saved.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, STATUTE_FIELDS);
    } catch (StaleDataException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void saveRule() {
    try {
      int recomputed =
          admin.updateRule(
              rule.id(),
              new RuleChanges(
                  ruleLabel,
                  ruleSeverity,
                  ruleTrigger,
                  ruleAmount,
                  ruleUnit,
                  ruleWindowStart,
                  ruleWindowEnd,
                  ruleTolled,
                  ruleGrade,
                  null,
                  null,
                  null,
                  ruleEffectiveFrom,
                  ruleEffectiveUntil,
                  rule.version()));
      reload(statute.id(), rule.id());
      FacesMessages.info("Rule saved; deadlines of " + recomputed + " cases were recomputed.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, RULE_FIELDS);
    } catch (StaleDataException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  private void reload(long statuteId, Long ruleId) {
    statutes = law.statutes(null);
    selectStatute(statuteId);
    if (ruleId != null) {
      selectRule(ruleId);
    }
  }

  public List<HistoryEntry> getStatuteHistory() {
    return statute == null ? List.of() : admin.statuteHistory(statute.id());
  }

  public List<HistoryEntry> getRuleHistory() {
    return rule == null ? List.of() : admin.ruleHistory(rule.id());
  }

  public List<StatuteView> getStatutes() {
    return statutes;
  }

  public StatuteView getStatute() {
    return statute;
  }

  public RuleView getRule() {
    return rule;
  }

  public StatuteKind[] getKinds() {
    return StatuteKind.values();
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public Trigger[] getTriggers() {
    return Trigger.values();
  }

  public OffsetUnit[] getUnits() {
    return OffsetUnit.values();
  }

  public String getCitation() {
    return citation;
  }

  public void setCitation(String citation) {
    this.citation = citation;
  }

  public String getShortTitle() {
    return shortTitle;
  }

  public void setShortTitle(String shortTitle) {
    this.shortTitle = shortTitle;
  }

  public StatuteKind getKind() {
    return kind;
  }

  public void setKind(StatuteKind kind) {
    this.kind = kind;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public void setSourceUrl(String sourceUrl) {
    this.sourceUrl = sourceUrl;
  }

  public LocalDate getLastReviewed() {
    return lastReviewed;
  }

  public void setLastReviewed(LocalDate lastReviewed) {
    this.lastReviewed = lastReviewed;
  }

  public SourceGrade getStatuteGrade() {
    return statuteGrade;
  }

  public void setStatuteGrade(SourceGrade statuteGrade) {
    this.statuteGrade = statuteGrade;
  }

  public SourceGrade[] getGrades() {
    return SourceGrade.values();
  }

  public String getRuleLabel() {
    return ruleLabel;
  }

  public void setRuleLabel(String ruleLabel) {
    this.ruleLabel = ruleLabel;
  }

  public Severity getRuleSeverity() {
    return ruleSeverity;
  }

  public void setRuleSeverity(Severity ruleSeverity) {
    this.ruleSeverity = ruleSeverity;
  }

  public Trigger getRuleTrigger() {
    return ruleTrigger;
  }

  public void setRuleTrigger(Trigger ruleTrigger) {
    this.ruleTrigger = ruleTrigger;
  }

  public Integer getRuleAmount() {
    return ruleAmount;
  }

  public void setRuleAmount(Integer ruleAmount) {
    this.ruleAmount = ruleAmount;
  }

  public OffsetUnit getRuleUnit() {
    return ruleUnit;
  }

  public void setRuleUnit(OffsetUnit ruleUnit) {
    this.ruleUnit = ruleUnit;
  }

  public Integer getRuleWindowStart() {
    return ruleWindowStart;
  }

  public void setRuleWindowStart(Integer ruleWindowStart) {
    this.ruleWindowStart = ruleWindowStart;
  }

  public Integer getRuleWindowEnd() {
    return ruleWindowEnd;
  }

  public void setRuleWindowEnd(Integer ruleWindowEnd) {
    this.ruleWindowEnd = ruleWindowEnd;
  }

  public boolean isRuleTolled() {
    return ruleTolled;
  }

  public void setRuleTolled(boolean ruleTolled) {
    this.ruleTolled = ruleTolled;
  }

  public SourceGrade getRuleGrade() {
    return ruleGrade;
  }

  public void setRuleGrade(SourceGrade ruleGrade) {
    this.ruleGrade = ruleGrade;
  }

  public java.time.LocalDate getRuleEffectiveFrom() {
    return ruleEffectiveFrom;
  }

  public void setRuleEffectiveFrom(java.time.LocalDate ruleEffectiveFrom) {
    this.ruleEffectiveFrom = ruleEffectiveFrom;
  }

  public java.time.LocalDate getRuleEffectiveUntil() {
    return ruleEffectiveUntil;
  }

  public void setRuleEffectiveUntil(java.time.LocalDate ruleEffectiveUntil) {
    this.ruleEffectiveUntil = ruleEffectiveUntil;
  }
}
