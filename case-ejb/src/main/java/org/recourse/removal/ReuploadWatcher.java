package org.recourse.removal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.cluster.JobLeases;
import org.recourse.cluster.Leases;
import org.recourse.removal.check.CheckResult;
import org.recourse.removal.check.UrlChecker;
import org.recourse.shared.Settings;

/**
 * Checks every watched URL of a sent removal request at a configurable interval ({@code
 * recourse.removal.check-minutes}, default 60): whether it still answers, with timeouts, a cap on
 * what is read and no cookies, never keeping content. Loopback and private-network targets are
 * refused (a URL must not make the server probe the organisation's own network) unless {@code
 * recourse.removal.check.allow-private} is true, which tests use to stand in for a platform. A
 * platform that does not answer within {@code recourse.removal.check.timeout-seconds} (default 10)
 * is recorded as unreachable for that check. Every server ticks, at a quarter of the interval, but
 * only the one holding the job's lease ({@link JobLeases}) checks, so a cluster checks each URL
 * once per interval; the holder renews the lease before each URL and stops if another node has
 * taken the job. Each check is recorded in its own transaction ({@link RemovalChecks#record}).
 */
@Singleton
@Startup
@PermitAll
public class ReuploadWatcher {

  private static final Logger LOG = Logger.getLogger(ReuploadWatcher.class.getName());

  /** The job's name in the lease table. */
  static final String JOB = "reupload-watcher";

  @Resource private TimerService timers;
  @EJB private RemovalChecks checks;
  @EJB private JobLeases leases;
  @Inject private Clock clock;

  private Duration interval;
  private Duration tick;
  private Duration lease;
  private UrlChecker checker;

  @PostConstruct
  void start() {
    interval =
        Duration.ofMinutes(
            Long.parseLong(
                Settings.get(
                    "recourse.removal.check-minutes", "RECOURSE_REMOVAL_CHECK_MINUTES", "60")));
    boolean allowPrivate =
        Boolean.parseBoolean(
            Settings.get(
                "recourse.removal.check.allow-private",
                "RECOURSE_REMOVAL_CHECK_ALLOW_PRIVATE",
                "false"));
    Duration timeout =
        Duration.ofSeconds(
            Long.parseLong(
                Settings.get(
                    "recourse.removal.check.timeout-seconds",
                    "RECOURSE_REMOVAL_CHECK_TIMEOUT_SECONDS",
                    "10")));
    checker = new UrlChecker(timeout, 1 << 20, allowPrivate, clock);
    long every = Math.max(60_000, interval.toMillis() / 4);
    tick = Duration.ofMillis(every);
    lease = JobLeases.leaseFor(tick);
    timers.createIntervalTimer(every, every, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void scheduled() {
    if (!Leases.take(leases, JOB, lease)) {
      return;
    }
    try {
      runDue(dueBefore(clock.instant(), interval, tick), true);
    } finally {
      Leases.finished(leases, JOB);
    }
  }

  /**
   * The last-check time before which a URL is due at a tick: one interval ago, less half a tick.
   * Checks then come once per interval to within half a tick either way; a URL checked at one tick
   * is not missed at the tick one interval later for the milliseconds its own check took (which,
   * with ticks as long as the interval, would have checked it only every other interval).
   */
  static Instant dueBefore(Instant now, Duration interval, Duration tick) {
    return now.minus(interval).plus(tick.dividedBy(2));
  }

  /** Checks every watched URL now, whatever its last check; returns how many were checked. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int runNow() {
    return runDue(clock.instant().plusSeconds(1), false);
  }

  private int runDue(Instant checkedBefore, boolean leased) {
    List<Object[]> due = checks.due(checkedBefore);
    for (Object[] row : due) {
      if (leased && !Leases.renew(leases, JOB, lease)) {
        LOG.warning("Another server took over the re-upload watcher; this run stops");
        break;
      }
      long id = (Long) row[0];
      CheckResult result = checker.check((String) row[1]);
      checks.record(id, result);
    }
    if (!due.isEmpty()) {
      LOG.fine(() -> "Checked " + due.size() + " watched URLs");
    }
    return due.size();
  }
}
