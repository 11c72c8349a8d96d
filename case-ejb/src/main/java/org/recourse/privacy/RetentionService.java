package org.recourse.privacy;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CasePartiesChanged;
import org.recourse.casefile.CaseSearchIndex;
import org.recourse.casefile.CaseStatus;
import org.recourse.evidence.EvidenceShredder;
import org.recourse.privacy.PrivacyViews.DueCase;
import org.recourse.privacy.PrivacyViews.PurgeResult;
import org.recourse.privacy.PrivacyViews.RetentionSettings;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;

/**
 * Retention of closed cases, for administrators: the organisation's retention period, the closed
 * cases whose retention has ended, and their purge. A purge needs the case number typed as
 * confirmation and runs in one transaction: the evidence is crypto-shredded (its files are deleted
 * after commit), the victim's identity and everything else that identifies a person is erased, and
 * the case stays as an anonymous, read-only shell marked purged. Removal requests keep their
 * platform, basis, status and timestamps, so the removal statistics still count them.
 */
@Stateless
@RolesAllowed(ADMIN)
public class RetentionService {

  /** The name of the setting in {@code recourse_setting}. */
  public static final String MONTHS_SETTING = "retention.closed-case-months";

  /** What a purged victim is called instead of their pseudonym. */
  public static final String PURGED_PSEUDONYM = "Purged";

  /** What a purged case is called instead of its title. */
  public static final String PURGED_TITLE = "Purged case";

  private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private EvidenceShredder shredder;
  @EJB private CaseSearchIndex searchIndex;
  @Inject private Event<CasePartiesChanged> partiesChanged;

  // ---- the setting ----

  public RetentionSettings settings() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT setting_value, updated_at FROM recourse_setting WHERE name = ?1")
            .setParameter(1, MONTHS_SETTING)
            .getResultList();
    if (rows.isEmpty()) {
      return new RetentionSettings(RetentionPolicy.DEFAULT_MONTHS, null);
    }
    Object[] row = (Object[]) rows.get(0);
    return new RetentionSettings(months((String) row[0]), instant(row[1]));
  }

  public RetentionPolicy policy() {
    return new RetentionPolicy(settings().closedCaseMonths());
  }

  /** Changes the retention period; refused with the field {@code closedCaseMonths} named. */
  public RetentionSettings changeSettings(Integer closedCaseMonths) {
    String problem = RetentionPolicy.problemWith(closedCaseMonths);
    if (problem != null) {
      throw new InvalidInputException("closedCaseMonths", problem);
    }
    Instant now = Instant.now();
    int updated =
        em.createNativeQuery(
                "UPDATE recourse_setting SET setting_value = ?1, updated_at = ?2 WHERE name = ?3")
            .setParameter(1, String.valueOf(closedCaseMonths))
            .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .setParameter(3, MONTHS_SETTING)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO recourse_setting (name, setting_value, updated_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, MONTHS_SETTING)
          .setParameter(2, String.valueOf(closedCaseMonths))
          .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
          .executeUpdate();
    }
    LOG.info(() -> "Retention period set to " + closedCaseMonths + " months by " + me());
    return settings();
  }

  // ---- due cases ----

  /** Closed, not yet purged cases whose retention has ended, longest due first. */
  public List<DueCase> due() {
    RetentionPolicy policy = policy();
    return em
        .createQuery(
            "SELECT c FROM CaseFile c WHERE c.status = :closed AND c.purgedAt IS NULL"
                + " AND c.closedAt IS NOT NULL AND c.closedAt <= :cutoff"
                + " ORDER BY c.closedAt, c.id",
            CaseFile.class)
        .setParameter("closed", CaseStatus.CLOSED)
        .setParameter("cutoff", policy.closedOnOrBefore(Instant.now()))
        .getResultList()
        .stream()
        .map(
            c ->
                new DueCase(
                    c.getId(), c.getNumber(), c.getClosedAt(), policy.purgeDue(c.getClosedAt())))
        .toList();
  }

  // ---- purge ----

  /**
   * Purges a closed case whose retention has ended. {@code confirmCaseNumber} must be its number;
   * otherwise the field is named (400). A case that is not closed, not yet due or already purged is
   * refused (409).
   */
  public PurgeResult purge(long caseId, String confirmCaseNumber, String address) {
    CaseFile caseFile = em.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    if (caseFile == null) {
      throw new NotFoundException("No such case");
    }
    if (!RetentionPolicy.confirms(caseFile.getNumber(), confirmCaseNumber)) {
      throw new InvalidInputException(
          "confirmCaseNumber",
          confirmCaseNumber == null || confirmCaseNumber.isBlank()
              ? "Type the case number to confirm the purge"
              : "This is not the number of the case being purged");
    }
    if (caseFile.isPurged()) {
      throw new PurgeRefusedException("Case " + caseFile.getNumber() + " was purged already");
    }
    if (caseFile.getStatus() != CaseStatus.CLOSED || caseFile.getClosedAt() == null) {
      throw new PurgeRefusedException(
          "Case " + caseFile.getNumber() + " is not closed; only closed cases are purged");
    }
    RetentionPolicy policy = policy();
    Instant now = Instant.now();
    if (!policy.hasEnded(caseFile.getClosedAt(), now)) {
      throw new PurgeRefusedException(
          "The retention of case "
              + caseFile.getNumber()
              + " ends on "
              + policy.purgeDue(caseFile.getClosedAt())
              + "; it cannot be purged before");
    }
    String me = me();
    int shredded =
        shredder.shredCase(
            caseId, me, address, "Retention period ended (organisational policy); case purged");
    caseFile.touch(me, now);
    caseFile.eraseText(PURGED_TITLE);
    caseFile.purged(me, now);
    em.flush();
    eraseIdentity(caseId);
    // The list's text index held endings of the erased title and pseudonym; it now holds the
    // number and the words a purged case is shown with.
    searchIndex.index(caseId, caseFile.getNumber(), PURGED_TITLE, PURGED_PSEUDONYM);
    em.clear();
    partiesChanged.fire(new CasePartiesChanged(caseId));
    shredder.announceShredded(caseId);
    LOG.info(
        () ->
            "Case "
                + caseId
                + " purged by "
                + me
                + " ("
                + shredded
                + " evidence items crypto-shredded)");
    return new PurgeResult(caseId, caseFile.getNumber(), now, me, shredded);
  }

  /**
   * Erases, in the database, everything in a case that identifies a person: the victim's identity
   * and contact preferences, the names, handles and contact details of the people in the case, the
   * notes, the sent notices (their bodies may carry the legal name), the content URLs of the
   * removal requests and anything free-text on them (they are no longer watched, and an open
   * re-upload alert is dropped), the case's web capture jobs (their address and note), the case's
   * deadlines (some are computed from the date of birth) and its free-text title, summary and
   * closing reason.
   *
   * <p>Every statement of the identity erasure is here, in one place, the change history (Envers
   * {@code <table>_aud}) included: every earlier revision of the case's rows is deleted. Rows of a
   * deleted entity carry only its id, so rows are found by the ids the case's live and audited rows
   * have. The revision this transaction writes holds only erased values (entities changed above
   * were erased before the flush; the SQL below is not audited).
   */
  private void eraseIdentity(long caseId) {
    String requestsOfCase = "(SELECT r.id FROM removal_request r WHERE r.case_id = ?1)";
    execute(
        "UPDATE victim SET pseudonym = ?2, legal_name_enc = NULL, date_of_birth_enc = NULL,"
            + " email_enc = NULL, phone_enc = NULL, preferred_language = NULL,"
            + " safe_by_call = FALSE, safe_by_text = FALSE, safe_by_email = FALSE,"
            + " safe_by_voicemail = FALSE, safe_times = NULL, code_word_enc = NULL,"
            + " never_contact_enc = NULL, version = version + 1 WHERE case_id = ?1",
        caseId,
        PURGED_PSEUDONYM);
    execute(
        "UPDATE case_person SET name = NULL, identity_known = FALSE, aliases = NULL,"
            + " handles = NULL, relationship = NULL, email = NULL, phone = NULL, notes = NULL"
            + " WHERE case_id = ?1",
        caseId);
    execute("DELETE FROM case_note WHERE case_id = ?1", caseId);
    execute("DELETE FROM removal_notice WHERE request_id IN " + requestsOfCase, caseId);
    execute("DELETE FROM removal_check WHERE request_id IN " + requestsOfCase, caseId);
    execute(
        "UPDATE removal_event SET note = NULL, platform_reference = NULL WHERE request_id IN "
            + requestsOfCase,
        caseId);
    execute(
        "UPDATE removal_request SET url = NULL, host = NULL, platform_reference = NULL,"
            + " watched = FALSE, reupload_alert_at = NULL, version = version + 1"
            + " WHERE case_id = ?1",
        caseId);
    execute("DELETE FROM case_deadline WHERE case_id = ?1", caseId);
    // A web capture's job holds the captured address and the note typed with it; its items are
    // crypto-shredded above, so the job row goes whole.
    execute("DELETE FROM capture_job WHERE case_id = ?1", caseId);
    // The client portal: the client's own words (incident log, reported addresses) go whole, and
    // nobody opens a purged case through the portal any more.
    execute("DELETE FROM incident_entry WHERE case_id = ?1", caseId);
    execute("DELETE FROM reported_url WHERE case_id = ?1", caseId);
    execute("DELETE FROM portal_link WHERE case_id = ?1", caseId);
    // The secure messages between the client and the team go whole too.
    execute(
        "DELETE FROM portal_message WHERE thread_id IN"
            + " (SELECT id FROM portal_thread WHERE case_id = ?1)",
        caseId);
    execute("DELETE FROM portal_thread WHERE case_id = ?1", caseId);
    execute(
        "UPDATE case_file SET title = ?2, summary = NULL, closing_reason = NULL WHERE id = ?1",
        caseId,
        PURGED_TITLE);
    execute("DELETE FROM case_search_term WHERE case_id = ?1", caseId);
    eraseHistory(caseId);
  }

  private void eraseHistory(long caseId) {
    execute(
        "DELETE FROM incident_evidence_aud WHERE entry_id IN"
            + " (SELECT id FROM incident_entry WHERE case_id = ?1"
            + " UNION SELECT id FROM incident_entry_aud WHERE case_id = ?1)",
        caseId);
    for (String table :
        List.of(
            "victim",
            "case_person",
            "team_member",
            "case_deadline",
            "evidence_item",
            "portal_link",
            "incident_entry",
            "reported_url")) {
      execute(
          "DELETE FROM "
              + table
              + "_aud WHERE id IN (SELECT id FROM "
              + table
              + " WHERE case_id = ?1 UNION SELECT id FROM "
              + table
              + "_aud WHERE case_id = ?1)",
          caseId);
    }
    String requests =
        "(SELECT id FROM removal_request WHERE case_id = ?1"
            + " UNION SELECT id FROM removal_request_aud WHERE case_id = ?1)";
    execute("DELETE FROM removal_evidence_aud WHERE request_id IN " + requests, caseId);
    execute("DELETE FROM removal_request_aud WHERE id IN " + requests, caseId);
    execute("DELETE FROM case_harm_type_aud WHERE case_id = ?1", caseId);
    execute("DELETE FROM case_jurisdiction_aud WHERE case_id = ?1", caseId);
    execute("DELETE FROM case_file_aud WHERE id = ?1", caseId);
  }

  private void execute(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    query.executeUpdate();
  }

  /**
   * The stored period; a value edited by hand into something unusable falls back on the default.
   */
  private static int months(String value) {
    try {
      int months = Integer.parseInt(value.strip());
      if (RetentionPolicy.problemWith(months) == null) {
        return months;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warning(
        () ->
            "The setting "
                + MONTHS_SETTING
                + " holds an unusable value; the default of "
                + RetentionPolicy.DEFAULT_MONTHS
                + " months applies");
    return RetentionPolicy.DEFAULT_MONTHS;
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return null;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
