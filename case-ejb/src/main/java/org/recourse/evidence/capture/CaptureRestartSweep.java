package org.recourse.evidence.capture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment, cleans up after captures that a stopped server left unfinished: their plaintext
 * working directories are deleted, and their jobs, which no thread will ever finish, are marked
 * failed with the reason, so the page stops waiting for them and the user can start them again.
 * Only what predates this server's JVM is touched, so a capture of this server is never.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class CaptureRestartSweep {

  static final String INTERRUPTED =
      "Interrupted by a restart of the server; start the capture again";

  private static final Logger LOG = Logger.getLogger(CaptureRestartSweep.class.getName());

  @Inject private CaptureJobRepository repository;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void sweep() {
    Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    try {
      int removed = CaptureWorkspace.sweep(serverStart);
      if (removed > 0) {
        LOG.info(() -> "Removed " + removed + " working director(ies) of interrupted captures");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not remove the working files of interrupted captures", e);
    }
    int failed = repository.failUnfinishedBefore(serverStart, INTERRUPTED, Instant.now());
    if (failed > 0) {
      LOG.info(() -> failed + " capture job(s) interrupted by the restart marked failed");
    }
  }
}
