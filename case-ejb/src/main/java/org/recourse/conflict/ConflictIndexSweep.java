package org.recourse.conflict;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.cluster.JobLeases;
import org.recourse.cluster.Leases;

/**
 * Indexes the parties that have no blind-index keys yet (those written before the index existed, or
 * straight into the database by the demo seeding), a batch per transaction, from start-up and
 * whenever asked. Until a sweep finds nothing left since the last request, the conflict check
 * compares every party, so it never misses a match while the index is incomplete. One sweep runs at
 * a time; a request during a sweep makes it look again before it says the index is complete. In a
 * cluster one sweep runs at a time across the nodes (the index has no unique key, so two sweeps
 * would index a party twice): a sweep holds the job's lease ({@link JobLeases}), renews it before
 * each batch and gives it up when done; a node that finds it held looks again a little later, and
 * its sweep then finds what the other node indexed and calls its own index complete.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConflictIndexSweep {

  private static final Logger LOG = Logger.getLogger(ConflictIndexSweep.class.getName());
  private static final int BATCH = 1000;
  private static final long RETRY_MILLIS = 60_000;
  private static final long HELD_RETRY_MILLIS = 5_000;

  /** The job's name in the lease table. */
  static final String JOB = "conflict-index-sweep";

  private static final Duration LEASE = Duration.ofMinutes(5);

  @Resource private TimerService timers;
  @Inject private ConflictIndex index;
  @EJB private JobLeases leases;

  private final AtomicBoolean running = new AtomicBoolean();
  private final Object state = new Object();
  private long generation;
  private boolean complete;

  @PostConstruct
  void start() {
    sweepSoon();
  }

  /** Whether every party had keys when the last sweep ended, and none was written without since. */
  public boolean complete() {
    synchronized (state) {
      return complete;
    }
  }

  /** Parties were written without keys: compare every party until a sweep has indexed them. */
  public void sweepSoon() {
    synchronized (state) {
      complete = false;
      generation++;
    }
    timers.createSingleActionTimer(1, new TimerConfig(null, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweep() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    boolean failed = false;
    boolean leased = false;
    try {
      leased = Leases.take(leases, JOB, LEASE);
      if (!leased) {
        timers.createSingleActionTimer(HELD_RETRY_MILLIS, new TimerConfig(null, false));
        return;
      }
      long indexed = 0;
      while (true) {
        long started;
        synchronized (state) {
          started = generation;
        }
        for (int done = index.indexMissing(BATCH); done > 0; done = index.indexMissing(BATCH)) {
          indexed += done;
          if (!Leases.renew(leases, JOB, LEASE)) {
            throw new IllegalStateException("another server took over the sweep");
          }
        }
        synchronized (state) {
          if (started == generation) {
            complete = true;
            break;
          }
        }
      }
      if (indexed > 0) {
        long count = indexed;
        LOG.info(() -> "Conflict index: " + count + " parties indexed");
      }
    } catch (RuntimeException e) {
      failed = true;
      LOG.log(Level.WARNING, "Indexing parties for the conflict check failed; retrying", e);
      timers.createSingleActionTimer(RETRY_MILLIS, new TimerConfig(null, false));
    } finally {
      running.set(false);
      if (leased) {
        giveUpLease();
      }
    }
    if (leased && !failed && !complete()) {
      timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }
  }

  private void giveUpLease() {
    try {
      leases.release(JOB);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not give up the sweep's lease; it runs out by itself", e);
    }
  }
}
