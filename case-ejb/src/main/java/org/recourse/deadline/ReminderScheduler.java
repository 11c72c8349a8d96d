package org.recourse.deadline;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.law.Severity;
import org.recourse.shared.IdentityText;
import org.recourse.shared.Settings;
import org.recourse.users.UserDirectory;

/**
 * Reminds the case team of open deadlines by e-mail, once per lead time: 24 and 4 hours before an
 * hour window ends; 7 days and 1 day before a date (1 day only for NORMAL severity). Each sent
 * reminder is recorded, so none is sent twice, restarts included. The mail says which case and
 * which deadline, never the client's name or anything else of their identity (an explanation's
 * identity parts are withheld). In development ({@code recourse.mail.mode=log}, the default) mail
 * is written to the log instead of sent.
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
  @EJB private UserDirectory users;

  @Resource(lookup = "java:jboss/mail/Default")
  private Session mail;

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
    Instant now = Instant.now();
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
            + (deadline.isVerified()
                ? ""
                : "\nThis rule is unverified: check it against the source.")
            + "\n\nHow it was computed: "
            + deadline.getExplanation()
            + "\n";
    return remindTeam(deadline.getCaseFile(), subject, body);
  }

  /**
   * Like {@link #remindTeam}, but a mail server failure is logged instead of undoing the caller's
   * work: for alerts whose record matters more than the mail (the dashboard shows them too).
   */
  public int notifyTeam(org.recourse.casefile.CaseFile caseFile, String subject, String body) {
    try {
      return remindTeam(caseFile, subject, body);
    } catch (IllegalStateException e) {
      LOG.warning(
          () -> "Could not mail the team of " + caseFile.getNumber() + ": " + e.getMessage());
      return 0;
    }
  }

  /**
   * Mails every member of a case team (or logs it in development). The text must name the case by
   * number only, never the client; identity parts of it ({@link IdentityText}) are withheld.
   *
   * @return how many members were mailed
   */
  public int remindTeam(org.recourse.casefile.CaseFile caseFile, String subject, String body) {
    List<String> team =
        em.createQuery(
                "SELECT t.username FROM TeamMember t WHERE t.caseFile = :c ORDER BY t.username",
                String.class)
            .setParameter("c", caseFile)
            .getResultList();
    int recipients = 0;
    for (String username : team) {
      var address = users.emailOf(username);
      if (address.isEmpty()) {
        LOG.warning(() -> "No e-mail address known for " + username + "; reminder not mailed");
        continue;
      }
      // Mail leaves for outside servers: no identity part of any text goes with it.
      send(address.get(), IdentityText.withheld(subject), IdentityText.withheld(body));
      recipients++;
    }
    return recipients;
  }

  private static String dueText(CaseDeadline deadline) {
    return deadline.getDueAt() != null
        ? deadline.getDueAt().toString()
        : String.valueOf(deadline.getDueDate());
  }

  private void send(String to, String subject, String body) {
    if ("log".equals(Settings.get("recourse.mail.mode", "RECOURSE_MAIL_MODE", "log"))) {
      LOG.info(() -> "Reminder (mail mode 'log') to " + to + ": " + subject);
      return;
    }
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(
          new InternetAddress(
              Settings.get("recourse.mail.from", "RECOURSE_MAIL_FROM", "recourse@localhost")));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("A reminder could not be mailed", e);
    }
  }
}
