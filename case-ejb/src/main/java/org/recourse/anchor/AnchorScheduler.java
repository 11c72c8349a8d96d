package org.recourse.anchor;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.cluster.JobLeases;
import org.recourse.cluster.Leases;
import org.recourse.timestamp.TimestampSettings;

/**
 * Anchors the logs at the anchor interval ({@code recourse.timestamp.anchor-minutes}, default a
 * day) when a TSA is configured, and asks again at the retry interval for anchors still waiting for
 * their token. Every server keeps both timers, but only the one holding a timer's lease ({@link
 * JobLeases}) runs it, so a cluster anchors once per interval.
 */
@Singleton
@Startup
@PermitAll
public class AnchorScheduler {

  private static final Logger LOG = Logger.getLogger(AnchorScheduler.class.getName());
  private static final String ANCHOR = "anchor";
  private static final String RETRY = "retry";

  /** The actor recorded for scheduled anchors. */
  static final String SYSTEM = "system";

  @Resource private TimerService timers;
  @EJB private AnchorStamper stamper;
  @EJB private JobLeases leases;

  private Duration anchorLease;
  private Duration retryLease;

  @PostConstruct
  void start() {
    TimestampSettings settings = TimestampSettings.current();
    long anchor = settings.anchorInterval().toMillis();
    long retry = settings.retryInterval().toMillis();
    anchorLease = JobLeases.leaseFor(settings.anchorInterval());
    retryLease = JobLeases.leaseFor(settings.retryInterval());
    timers.createIntervalTimer(anchor, anchor, new TimerConfig(ANCHOR, false));
    timers.createIntervalTimer(retry, retry, new TimerConfig(RETRY, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run(Timer timer) {
    boolean anchoring = ANCHOR.equals(timer.getInfo());
    String job = anchoring ? "log-anchor" : "log-anchor-retry";
    if (!Leases.take(leases, job, anchoring ? anchorLease : retryLease)) {
      return;
    }
    try {
      if (anchoring) {
        if (stamper.available()) {
          long id = stamper.anchor(SYSTEM);
          LOG.info(() -> "Anchored the logs (anchor " + id + ")");
        }
      } else {
        stamper.stampDue();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anchoring the logs failed", e);
    } finally {
      Leases.finished(leases, job);
    }
  }
}
