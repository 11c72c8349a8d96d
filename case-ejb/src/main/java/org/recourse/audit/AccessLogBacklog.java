package org.recourse.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * How many refusals are still being written to the access log. A refusal is recorded after it is
 * answered (so that another team's case answers as fast as a missing one); whoever reads the log
 * first waits for those writes, so a refusal answered before the read is in what it reads.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AccessLogBacklog {

  private static final Logger LOG = Logger.getLogger(AccessLogBacklog.class.getName());

  private final AtomicInteger pending = new AtomicInteger();

  public void started() {
    pending.incrementAndGet();
  }

  public void finished() {
    pending.decrementAndGet();
  }

  /** Waits until no refusal is being written, at most the given time. */
  public void await(Duration atMost) {
    long until = System.nanoTime() + atMost.toNanos();
    while (pending.get() > 0) {
      if (System.nanoTime() - until > 0) {
        LOG.warning(() -> pending.get() + " refusals still being written to the access log");
        return;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
