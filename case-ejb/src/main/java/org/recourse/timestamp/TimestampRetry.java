package org.recourse.timestamp;

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
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.cluster.JobLeases;
import org.recourse.cluster.Leases;

/**
 * Asks again, at the retry interval ({@code recourse.timestamp.retry-seconds}), for the tokens of
 * items that are still pending or failed, including those a stopped server left: nothing received
 * stays without a timestamp once the TSA answers. Pending items come first and refused ones wait an
 * hour between attempts (see {@link TimestampRecorder#dueIds}). A round stops at the first
 * unreachable TSA; a refused token does not hold up the others. Every server ticks, but only the
 * one holding the job's lease ({@link JobLeases}) asks, so a cluster asks once per item.
 */
@Singleton
@Startup
@PermitAll
public class TimestampRetry {

  private static final Logger LOG = Logger.getLogger(TimestampRetry.class.getName());
  private static final int BATCH = 200;

  /** The job's name in the lease table. */
  static final String JOB = "timestamp-retry";

  @Resource private TimerService timers;
  @EJB private TimestampRecorder recorder;
  @EJB private TimestampWorker worker;
  @EJB private JobLeases leases;

  private Duration lease;

  @PostConstruct
  void start() {
    long interval = TimestampSettings.current().retryInterval().toMillis();
    lease = JobLeases.leaseFor(Duration.ofMillis(interval));
    timers.createIntervalTimer(Math.min(interval, 10_000), interval, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void retry() {
    if (!Leases.take(leases, JOB, lease)) {
      return;
    }
    try {
      retryDue();
    } finally {
      Leases.finished(leases, JOB);
    }
  }

  private void retryDue() {
    List<String> due = recorder.dueIds(BATCH);
    int stamped = 0;
    for (String evidenceId : due) {
      TimestampWorker.Outcome outcome = worker.stamp(evidenceId);
      if (outcome == TimestampWorker.Outcome.UNREACHABLE) {
        break;
      }
      if (outcome == TimestampWorker.Outcome.STAMPED) {
        stamped++;
      }
    }
    if (!due.isEmpty()) {
      int done = stamped;
      LOG.info(() -> "Timestamp retry: " + done + " of " + due.size() + " waiting item(s) stamped");
    }
  }
}
