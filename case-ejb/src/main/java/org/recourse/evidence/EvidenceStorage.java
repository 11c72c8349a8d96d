package org.recourse.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.evidence.image.EvidenceImages;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.shared.Settings;
import org.recourse.shared.crypto.FieldKeys;

/**
 * The installation's evidence storage and its settings:
 *
 * <ul>
 *   <li>{@code recourse.evidence.master-key} / {@code RECOURSE_EVIDENCE_MASTER_KEY}: base64 of 32
 *       random bytes wrapping every file's data key; without it (development) a key file is made
 *       under the data directory, with a warning;
 *   <li>{@code recourse.evidence.max-bytes} / {@code RECOURSE_EVIDENCE_MAX_BYTES}: the largest file
 *       accepted (default 2 GiB);
 *   <li>{@code recourse.evidence.max-pixels} / {@code RECOURSE_EVIDENCE_MAX_PIXELS}: the most
 *       pixels an image may declare (default 100 million; more is treated as a decompression bomb).
 * </ul>
 */
@ApplicationScoped
public class EvidenceStorage {

  private static final Logger LOG = Logger.getLogger(EvidenceStorage.class.getName());

  /** Images larger than this are stored and hashed but not analysed (no PDQ, no preview). */
  static final long ANALYSIS_MAX_BYTES = 64L << 20;

  private EvidenceVault vault;
  private Ingestor ingestor;
  private EvidenceImages images;
  private final PdqHasher hasher = new PdqHasher();
  private final FileTypes types = new FileTypes();

  @PostConstruct
  void start() {
    Path data = Settings.dataDirectory();
    byte[] master =
        FieldKeys.loadOrCreate(
            "evidence master key",
            "recourse.evidence.master-key / RECOURSE_EVIDENCE_MASTER_KEY",
            Settings.optional("recourse.evidence.master-key", "RECOURSE_EVIDENCE_MASTER_KEY"),
            data.resolve("keys").resolve("evidence-master.key"));
    try {
      vault = new EvidenceVault(data.resolve("evidence"), master);
    } finally {
      Arrays.fill(master, (byte) 0);
    }
    ingestor = new Ingestor(vault, types, number("max-bytes", "MAX_BYTES", 2L << 30));
    images = new EvidenceImages(number("max-pixels", "MAX_PIXELS", 100_000_000L));
  }

  private static long number(String property, String variable, long fallback) {
    Optional<String> value =
        Settings.optional("recourse.evidence." + property, "RECOURSE_EVIDENCE_" + variable);
    try {
      return value.map(Long::parseLong).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "The setting recourse.evidence." + property + " must be a whole number", e);
    }
  }

  public EvidenceVault vault() {
    return vault;
  }

  public Ingestor ingestor() {
    return ingestor;
  }

  /** Recognises file types by content. */
  public FileTypes types() {
    return types;
  }

  public EvidenceImages images() {
    return images;
  }

  public PdqHasher hasher() {
    return hasher;
  }

  /** Deletes a stored file that will not be recorded; a failure is logged, not thrown. */
  public void deleteQuietly(String blobId) {
    try {
      vault.delete(blobId);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the stored file of a refused upload " + blobId, e);
    }
  }
}
