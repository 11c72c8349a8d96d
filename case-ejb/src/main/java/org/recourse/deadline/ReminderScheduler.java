package org.recourse.deadline;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.recourse.casefile.TeamMail;
import org.recourse.cluster.JobLeases;
import org.recourse.cluster.Leases;

/**
 * Reminds the case team of open deadlines by e-mail, once per lead time: 24 and 4 hours before an
 * hour window ends; 7 days and 1 day before a date (1 day only for NORMAL severity). Each sent
 * reminder is recorded, so none is sent twice, restarts included. Every server ticks each minute,
 * but only the one holding the job's lease ({@link JobLeases}) runs, so a cluster mails once; each
 * reminder is its own transaction ({@link ReminderMail}). The mail says which case and which
 * deadline, never the client's name or anything else of their identity (an explanation's identity
 * parts are withheld; {@link TeamMail} sends it).
 */
@Singleton
@PermitAll
public class ReminderScheduler {

  /** The job's name in the lease table. */
  static final String JOB = "deadline-reminders";

  private static final Duration LEASE = JobLeases.leaseFor(Duration.ofMinutes(1));

  @EJB private JobLeases leases;
  @EJB private ReminderMail mail;
  @Inject private Clock clock;

  @Schedule(minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void everyMinute() {
    if (!Leases.take(leases, JOB, LEASE)) {
      return;
    }
    try {
      sendDue();
    } finally {
      Leases.finished(leases, JOB);
    }
  }

  /**
   * What a run did.
   *
   * @param sent reminders that went out
   * @param failed reminders the mail server refused; they stay due and go out at the next run
   */
  public record Outcome(int sent, int failed) implements java.io.Serializable {}

  /** Sends every reminder that is due now; one that cannot be mailed waits for the next run. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome sendDue() {
    Instant now = Instant.now(clock);
    int sent = 0;
    int failed = 0;
    for (ReminderMail.Due due : mail.due(now)) {
      switch (mail.send(due, now)) {
        case SENT -> sent++;
        case FAILED -> failed++;
        case SKIPPED -> {
          // sent meanwhile by another run, or the deadline was closed
        }
      }
    }
    return new Outcome(sent, failed);
  }
}
