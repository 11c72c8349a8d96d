package org.recourse.deadline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.casefile.TeamMail;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;

/**
 * Finds the reminders due and mails each to the case team in a transaction of its own: the
 * reminder's row in {@code deadline_reminder} is claimed first (its unique key makes a second
 * claim, from this node or another, a no-op), then the team is mailed, then both commit together. A
 * refused mail rolls the claim back, so the reminder stays due. A server killed after the mail
 * server accepted a mail and before the commit leaves the reminder unclaimed, and it is mailed
 * again at the next run: mail is sent at least once, never lost, and twice only in that window.
 */
@Stateless
@PermitAll
public class ReminderMail {

  private static final Logger LOG = Logger.getLogger(ReminderMail.class.getName());

  /** A lead time: how long before the deadline, and its label in the reminder table. */
  record Lead(String label, Duration before) {}

  /** A reminder due now: the deadline and the lead time it is for. */
  public record Due(long deadlineId, String lead) implements java.io.Serializable {}

  /** What became of one reminder. */
  public enum Result {
    SENT,
    /** The mail server refused it; it stays due. */
    FAILED,
    /** Already sent (by this node or another), or the deadline is no longer open. */
    SKIPPED
  }

  static final List<Lead> HOUR_LEADS =
      List.of(new Lead("PT24H", Duration.ofHours(24)), new Lead("PT4H", Duration.ofHours(4)));
  static final List<Lead> DAY_LEADS =
      List.of(new Lead("P7D", Duration.ofDays(7)), new Lead("P1D", Duration.ofDays(1)));

  @PersistenceContext private EntityManager em;
  @Inject private TeamMail teamMail;
  @Resource private SessionContext context;

  /** The reminders due at the given time and not yet sent, at most one per deadline. */
  public List<Due> due(Instant now) {
    List<CaseDeadline> open =
        em.createQuery(
                "SELECT d FROM CaseDeadline d WHERE d.status = :open"
                    + " AND ((d.dueAt > :now AND d.dueAt <= :hoursAhead)"
                    + " OR (d.dueDate >= :today AND d.dueDate <= :daysAhead))",
                CaseDeadline.class)
            .setParameter("open", DeadlineStatus.OPEN)
            .setParameter("now", now)
            .setParameter("hoursAhead", now.plus(Duration.ofHours(24)))
            .setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC))
            .setParameter("daysAhead", LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(7))
            .getResultList();
    List<Due> due = new ArrayList<>();
    for (CaseDeadline deadline : open) {
      Instant at =
          deadline.getDueAt() != null
              ? deadline.getDueAt()
              : deadline.getDueDate().atStartOfDay(ZoneOffset.UTC).toInstant();
      for (Lead lead : leadsFor(deadline)) {
        if (now.isBefore(at.minus(lead.before()))) {
          continue;
        }
        // The nearest lead reached is the only one that matters; farther ones are moot.
        if (!alreadySent(deadline.getId(), lead.label())) {
          due.add(new Due(deadline.getId(), lead.label()));
        }
        break;
      }
    }
    return due;
  }

  /** Claims the reminder and mails it, in one transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Result send(Due due, Instant now) {
    CaseDeadline deadline = em.find(CaseDeadline.class, due.deadlineId());
    if (deadline == null || deadline.getStatus() != DeadlineStatus.OPEN) {
      return Result.SKIPPED;
    }
    int claimed =
        em.createNativeQuery(
                "INSERT INTO deadline_reminder (deadline_id, lead_time, sent_at, recipients)"
                    + " VALUES (?1, ?2, ?3, 0) ON CONFLICT DO NOTHING")
            .setParameter(1, due.deadlineId())
            .setParameter(2, due.lead())
            .setParameter(3, now)
            .executeUpdate();
    if (claimed == 0) {
      return Result.SKIPPED;
    }
    int recipients;
    try {
      recipients = remind(deadline);
    } catch (IllegalStateException e) {
      context.setRollbackOnly();
      String number = deadline.getCaseFile().getNumber();
      LOG.warning(
          () ->
              "A reminder for case " + number + " was not mailed and stays due: " + e.getMessage());
      return Result.FAILED;
    }
    em.createNativeQuery(
            "UPDATE deadline_reminder SET recipients = ?1 WHERE deadline_id = ?2 AND lead_time = ?3")
        .setParameter(1, recipients)
        .setParameter(2, due.deadlineId())
        .setParameter(3, due.lead())
        .executeUpdate();
    return Result.SENT;
  }

  /** Leads from the nearest to the farthest, so a late start sends one reminder, not several. */
  private static List<Lead> leadsFor(CaseDeadline deadline) {
    List<Lead> leads =
        new ArrayList<>(
            deadline.getDueAt() != null
                ? HOUR_LEADS
                : deadline.getSeverity() == Severity.NORMAL ? DAY_LEADS.subList(1, 2) : DAY_LEADS);
    leads.sort((a, b) -> a.before().compareTo(b.before()));
    return leads;
  }

  private boolean alreadySent(long deadlineId, String lead) {
    return !em.createNativeQuery(
            "SELECT 1 FROM deadline_reminder WHERE deadline_id = ?1 AND lead_time = ?2")
        .setParameter(1, deadlineId)
        .setParameter(2, lead)
        .getResultList()
        .isEmpty();
  }

  private int remind(CaseDeadline deadline) {
    String subject =
        "[Recourse] "
            + deadline.getCaseFile().getNumber()
            + ": "
            + deadline.getTitle()
            + " due "
            + dueText(deadline);
    String body =
        "Case "
            + deadline.getCaseFile().getNumber()
            + "\nDeadline: "
            + deadline.getTitle()
            + "\nDue: "
            + dueText(deadline)
            + (deadline.getCitation() == null ? "" : "\nLaw: " + deadline.getCitation())
            + (deadline.getGrade() == null ? "" : "\nSource: " + deadline.getGrade().label())
            + (deadline.isProvisional()
                ? "\nThis date is "
                    + SourceGrade.PROVISIONAL_NOTE
                    + (deadline.getSourceUrl() == null
                        ? ""
                        : " (source: " + deadline.getSourceUrl() + ")")
                    + "."
                : deadline.isVerified()
                    ? ""
                    : "\nThis rule is unverified: check it against the source.")
            + "\n\nHow it was computed: "
            + deadline.getExplanation()
            + "\n";
    return teamMail.remindTeam(deadline.getCaseFile(), subject, body);
  }

  private static String dueText(CaseDeadline deadline) {
    return deadline.getDueAt() != null
        ? DeadlineCalculator.moment(deadline.getDueAt())
        : String.valueOf(deadline.getDueDate());
  }
}
