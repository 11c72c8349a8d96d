package org.recourse.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.casefile.TeamMail;
import org.recourse.law.Severity;

/**
 * Reminds the case team of open deadlines by e-mail, once per lead time: 24 and 4 hours before an
 * hour window ends; 7 days and 1 day before a date (1 day only for NORMAL severity). Each sent
 * reminder is recorded, so none is sent twice, restarts included. The mail says which case and
 * which deadline, never the client's name or anything else of their identity (an explanation's
 * identity parts are withheld; {@link TeamMail} sends it).
 */
@Singleton
@PermitAll
public class ReminderScheduler {

  private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

  /** A lead time: how long before the deadline, and its label in the reminder table. */
  record Lead(String label, Duration before) {}

  static final List<Lead> HOUR_LEADS =
      List.of(new Lead("PT24H", Duration.ofHours(24)), new Lead("PT4H", Duration.ofHours(4)));
  static final List<Lead> DAY_LEADS =
      List.of(new Lead("P7D", Duration.ofDays(7)), new Lead("P1D", Duration.ofDays(1)));

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private TeamMail teamMail;

  @Schedule(minute = "*", hour = "*", persistent = false)
  public void everyMinute() {
    sendDue();
  }

  /**
   * What a run did.
   *
   * @param sent reminders that went out
   * @param failed reminders the mail server refused; they stay due and go out at the next run
   */
  public record Outcome(int sent, int failed) implements java.io.Serializable {}

  /** Sends every reminder that is due now; one that cannot be mailed waits for the next run. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Outcome sendDue() {
    Instant now = Instant.now(clock);
    List<CaseDeadline> open =
        em.createQuery(
                "SELECT d FROM CaseDeadline d JOIN FETCH d.caseFile WHERE d.status = :open"
                    + " AND ((d.dueAt > :now AND d.dueAt <= :hoursAhead)"
                    + " OR (d.dueDate >= :today AND d.dueDate <= :daysAhead))",
                CaseDeadline.class)
            .setParameter("open", DeadlineStatus.OPEN)
            .setParameter("now", now)
            .setParameter("hoursAhead", now.plus(Duration.ofHours(24)))
            .setParameter("today", LocalDate.ofInstant(now, ZoneOffset.UTC))
            .setParameter("daysAhead", LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(7))
            .getResultList();
    int sent = 0;
    int failed = 0;
    for (CaseDeadline deadline : open) {
      Instant due =
          deadline.getDueAt() != null
              ? deadline.getDueAt()
              : deadline.getDueDate().atStartOfDay(ZoneOffset.UTC).toInstant();
      for (Lead lead : leadsFor(deadline)) {
        if (now.isBefore(due.minus(lead.before()))) {
          continue;
        }
        // The nearest lead reached is the only one that matters; farther ones are moot.
        if (!alreadySent(deadline, lead)) {
          int recipients;
          try {
            recipients = remind(deadline, lead);
          } catch (IllegalStateException e) {
            failed++;
            String number = deadline.getCaseFile().getNumber();
            LOG.warning(
                () ->
                    "A reminder for case "
                        + number
                        + " was not mailed and stays due: "
                        + e.getMessage());
            break;
          }
          em.createNativeQuery(
                  "INSERT INTO deadline_reminder (deadline_id, lead_time, sent_at, recipients)"
                      + " VALUES (?1, ?2, ?3, ?4)")
              .setParameter(1, deadline.getId())
              .setParameter(2, lead.label())
              .setParameter(3, now)
              .setParameter(4, recipients)
              .executeUpdate();
          sent++;
        }
        break;
      }
    }
    return new Outcome(sent, failed);
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

  private boolean alreadySent(CaseDeadline deadline, Lead lead) {
    return !em.createNativeQuery(
            "SELECT 1 FROM deadline_reminder WHERE deadline_id = ?1 AND lead_time = ?2")
        .setParameter(1, deadline.getId())
        .setParameter(2, lead.label())
        .getResultList()
        .isEmpty();
  }

  private int remind(CaseDeadline deadline, Lead lead) {
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
            + (deadline.getGrade() == null ? "" : "\nSource grade: " + deadline.getGrade())
            + (deadline.isProvisional()
                ? "\nThis date is "
                    + org.recourse.law.SourceGrade.PROVISIONAL_NOTE
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
        ? deadline.getDueAt().toString()
        : String.valueOf(deadline.getDueDate());
  }
}
