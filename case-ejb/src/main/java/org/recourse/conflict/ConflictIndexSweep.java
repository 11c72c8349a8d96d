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
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Indexes the parties that have no blind-index keys yet (those written before the index existed, or
 * straight into the database by the demo seeding), a batch per transaction, from start-up and
 * whenever asked. Until a sweep finds nothing left, the conflict check compares every party, so it
 * never misses a match while the index is incomplete.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ConflictIndexSweep {

  private static final Logger LOG = Logger.getLogger(ConflictIndexSweep.class.getName());
  private static final int BATCH = 1000;

  @Resource private TimerService timers;
  @Inject private ConflictIndex index;

  private volatile boolean complete;
  private volatile long indexed;

  @PostConstruct
  void start() {
    sweepSoon();
  }

  /** Whether every party had keys when the last sweep ended (and nothing was written since). */
  public boolean complete() {
    return complete;
  }

  /** Parties were written without keys: compare every party until a sweep has indexed them. */
  public void sweepSoon() {
    complete = false;
    timers.createSingleActionTimer(1, new TimerConfig(null, false));
  }

  @Timeout
  void sweep() {
    try {
      int done = index.indexMissing(BATCH);
      if (done > 0) {
        indexed += done;
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
      } else {
        if (indexed > 0) {
          long count = indexed;
          LOG.info(() -> "Conflict index: " + count + " parties indexed");
          indexed = 0;
        }
        complete = true;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Indexing parties for the conflict check failed; retrying", e);
      timers.createSingleActionTimer(60_000, new TimerConfig(null, false));
    }
  }
}
