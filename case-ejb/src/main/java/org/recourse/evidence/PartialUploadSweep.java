package org.recourse.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At deployment, removes the ciphertext that uploads cut off by a killed server left in the vault:
 * {@code .partial} files in a local store, unfinished multipart uploads in an S3 bucket. Only those
 * begun before this server's JVM started are removed, so an upload of this server is never touched
 * (and in a shared bucket only those a day old, see {@link
 * org.recourse.evidence.vault.S3BlobStore}).
 */
@Singleton
@Startup
@PermitAll
public class PartialUploadSweep {

  private static final Logger LOG = Logger.getLogger(PartialUploadSweep.class.getName());

  @Inject private EvidenceStorage storage;

  @PostConstruct
  void sweep() {
    Instant serverStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    try {
      int removed = storage.vault().sweepPartials(serverStart);
      if (removed > 0) {
        LOG.info(() -> "Removed " + removed + " unfinished upload file(s) from the evidence store");
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not sweep unfinished upload files from the evidence store", e);
    }
  }
}
