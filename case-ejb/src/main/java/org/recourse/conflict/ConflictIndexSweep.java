package org.recourse.conflict;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes the parties that have no blind-index keys yet (those written before the index existed, or
 * straight into the database by the demo seeding), a batch per transaction, from start-up and
 * whenever asked. Until a sweep finds nothing left since the last request, the conflict check
 * compares every party, so it never misses a match while the index is incomplete. One sweep runs at
 * a time; a request during a sweep makes it look again before it says the index is complete.
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

  @Resource private TimerService timers;
  @Inject private ConflictIndex index;

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
    try {
      long indexed = 0;
      while (true) {
        long started;
        synchronized (state) {
          started = generation;
        }
        for (int done = index.indexMissing(BATCH); done > 0; done = index.indexMissing(BATCH)) {
          indexed += done;
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
    }
    if (!failed && !complete()) {
      timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }
  }
}
