package org.recourse.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.evidence.image.EvidenceImages;
import org.recourse.evidence.image.ImageSize;
import org.recourse.evidence.image.ImageTooLargeException;
import org.recourse.evidence.pdq.ExifOrientation;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.evidence.vault.BlobStore;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.evidence.vault.LocalBlobStore;
import org.recourse.evidence.vault.S3BlobStore;
import org.recourse.evidence.vault.S3Connection;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoSource;
import org.recourse.evidence.vpdq.VpdqSettings;
import org.recourse.shared.Settings;
import org.recourse.shared.crypto.FieldKeys;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The installation's evidence storage and its settings:
 *
 * <ul>
 *   <li>{@code recourse.evidence.store} / {@code RECOURSE_EVIDENCE_STORE}: where the encrypted
 *       files are kept: {@code local} (default), the folder {@code evidence} under the data
 *       directory, or {@code s3}, a bucket of S3 or of any S3-compatible server (MinIO, Ceph,
 *       Garage, …), set by the five settings below. Files are encrypted on this server before they
 *       are sent; the bucket holds ciphertext only and never a key;
 *   <li>{@code recourse.evidence.s3.bucket} / {@code RECOURSE_EVIDENCE_S3_BUCKET}: the bucket,
 *       which must exist (required for {@code s3});
 *   <li>{@code recourse.evidence.s3.endpoint} / {@code RECOURSE_EVIDENCE_S3_ENDPOINT}: the server's
 *       URL, e.g. {@code https://minio.internal:9000}; unset for AWS;
 *   <li>{@code recourse.evidence.s3.region} / {@code RECOURSE_EVIDENCE_S3_REGION}: the signing
 *       region (default {@code us-east-1});
 *   <li>{@code recourse.evidence.s3.access-key}, {@code recourse.evidence.s3.secret-key} / {@code
 *       RECOURSE_EVIDENCE_S3_ACCESS_KEY}, {@code RECOURSE_EVIDENCE_S3_SECRET_KEY}: static
 *       credentials, both or neither; without them the AWS SDK's default chain is used (its
 *       environment variables, profile, instance or task role). Never logged;
 *   <li>{@code recourse.evidence.s3.path-style} / {@code RECOURSE_EVIDENCE_S3_PATH_STYLE}: {@code
 *       true} to address the bucket as {@code <endpoint>/<bucket>}, which most self-hosted servers
 *       need (default {@code false});
 *   <li>{@code recourse.evidence.master-key} / {@code RECOURSE_EVIDENCE_MASTER_KEY}: base64 of 32
 *       random bytes wrapping every file's data key; without it (development) a key file is made
 *       under the data directory, with a warning;
 *   <li>{@code recourse.evidence.max-bytes} / {@code RECOURSE_EVIDENCE_MAX_BYTES}: the largest file
 *       accepted (default 2 GiB);
 *   <li>{@code recourse.evidence.max-pixels} / {@code RECOURSE_EVIDENCE_MAX_PIXELS}: the most
 *       pixels an image may declare (default 100 million; more is treated as a decompression bomb);
 *   <li>{@code recourse.evidence.image-decode-seconds} / {@code
 *       RECOURSE_EVIDENCE_IMAGE_DECODE_SECONDS}: how long decoding one image may take before it is
 *       stopped and the item recorded without preview or perceptual hash (default 20).
 *   <li>{@code recourse.video.max-decode-seconds} / {@code RECOURSE_VIDEO_MAX_DECODE_SECONDS}: how
 *       long decoding one video for its analysis or a preview may run (default 600);
 *   <li>{@code recourse.video.frame-interval-seconds} / {@code
 *       RECOURSE_VIDEO_FRAME_INTERVAL_SECONDS}: one frame of a video is hashed per interval
 *       (default 1; 0 hashes every frame);
 *   <li>{@code recourse.video.prune-distance} / {@code RECOURSE_VIDEO_PRUNE_DISTANCE}: a sampled
 *       frame within this many bits of the frame kept before it is dropped as near-identical
 *       (default -1, none dropped).
 * </ul>
 */
@ApplicationScoped
public class EvidenceStorage {

  private static final Logger LOG = Logger.getLogger(EvidenceStorage.class.getName());

  /** Images larger than this are stored and hashed but not analysed (no PDQ, no preview). */
  static final long ANALYSIS_MAX_BYTES = 64L << 20;

  private EvidenceVault vault;
  private S3Client s3;
  private Ingestor ingestor;
  private EvidenceImages images;
  private VpdqSettings video;
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
      vault = new EvidenceVault(store(data), master);
    } finally {
      Arrays.fill(master, (byte) 0);
    }
    ingestor = new Ingestor(vault, types, number("max-bytes", "MAX_BYTES", 2L << 30));
    images =
        new EvidenceImages(
            number("max-pixels", "MAX_PIXELS", 100_000_000L),
            EvidenceImages.DEFAULT_DECODE_LIMIT,
            Duration.ofSeconds(
                number(
                    "image-decode-seconds",
                    "IMAGE_DECODE_SECONDS",
                    EvidenceImages.DEFAULT_DECODE_TIME.toSeconds())));
    long decodeSeconds = videoNumber("max-decode-seconds", "MAX_DECODE_SECONDS", 600);
    long interval = videoNumber("frame-interval-seconds", "FRAME_INTERVAL_SECONDS", 1);
    long prune = videoNumber("prune-distance", "PRUNE_DISTANCE", -1);
    if (decodeSeconds < 1 || interval < 0 || prune > 256) {
      throw new IllegalStateException(
          "recourse.video.max-decode-seconds must be at least 1, frame-interval-seconds 0 or more"
              + " and prune-distance at most 256");
    }
    video =
        new VpdqSettings(
            interval,
            (int) Math.max(-1, prune),
            true,
            true,
            new VideoLimits(Duration.ofSeconds(decodeSeconds), VideoLimits.DEFAULT.maxDimension()));
  }

  @PreDestroy
  void stop() {
    if (s3 != null) {
      s3.close();
    }
  }

  private BlobStore store(Path data) {
    String kind =
        Settings.get("recourse.evidence.store", "RECOURSE_EVIDENCE_STORE", "local").strip();
    switch (kind) {
      case "local":
        if (s3Setting("bucket", "BUCKET").isPresent()) {
          LOG.warning(
              "recourse.evidence.s3.bucket is set but recourse.evidence.store is not s3: evidence"
                  + " files are kept in this server's data directory, not in the bucket");
        }
        return new LocalBlobStore(data.resolve("evidence"));
      case "s3":
        S3Connection connection = s3Connection();
        s3 = connection.client();
        LOG.info(() -> "Evidence files are kept encrypted in the S3 " + connection);
        return new S3BlobStore(s3, connection.bucket());
      default:
        throw new IllegalStateException("The setting recourse.evidence.store must be local or s3");
    }
  }

  private static S3Connection s3Connection() {
    Optional<URI> endpoint;
    try {
      Optional<String> url = s3Setting("endpoint", "ENDPOINT");
      endpoint = url.isPresent() ? Optional.of(new URI(url.get())) : Optional.empty();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("The setting recourse.evidence.s3.endpoint is not a URL", e);
    }
    if (endpoint.isPresent()
        && (endpoint.get().getScheme() == null || endpoint.get().getHost() == null)) {
      throw new IllegalStateException(
          "The setting recourse.evidence.s3.endpoint must be a URL such as"
              + " https://objects.example.org:9000");
    }
    try {
      return new S3Connection(
          endpoint,
          s3Setting("bucket", "BUCKET").orElse(""),
          s3Setting("region", "REGION").orElse("us-east-1"),
          s3Setting("access-key", "ACCESS_KEY"),
          s3Setting("secret-key", "SECRET_KEY"),
          s3Setting("path-style", "PATH_STYLE").map(EvidenceStorage::yesOrNo).orElse(false));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "The settings recourse.evidence.s3.* are incomplete: " + e.getMessage(), e);
    }
  }

  private static boolean yesOrNo(String value) {
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "recourse.evidence.s3.path-style must be true or false");
    };
  }

  private static Optional<String> s3Setting(String property, String variable) {
    return Settings.optional(
        "recourse.evidence.s3." + property, "RECOURSE_EVIDENCE_S3_" + variable);
  }

  private static long videoNumber(String property, String variable, long fallback) {
    Optional<String> value =
        Settings.optional("recourse.video." + property, "RECOURSE_VIDEO_" + variable);
    try {
      return value.map(String::strip).map(Long::parseLong).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "The setting recourse.video." + property + " must be a whole number", e);
    }
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

  /**
   * The perceptual hash and displayed size of an image held in memory. Stored items and probe
   * images take this one path, so an image and its copy hash alike: a plain JPEG photo is read for
   * its luminance only, scaled down while it is decoded (the speed of the reference, see
   * docs/BENCHMARKS.md); every other image is decoded whole by {@link EvidenceImages}, with its
   * format's conversions and limits.
   *
   * @throws ImageTooLargeException if the image declares more pixels than allowed
   * @throws UnreadableImageException if it cannot be decoded
   */
  public HashedImage hashImage(byte[] bytes) throws IOException {
    Optional<ImageSize> declared = images.probe(bytes);
    if (declared.isPresent() && declared.get().pixels() > images.maxPixels()) {
      throw new ImageTooLargeException(declared.get(), images.maxPixels());
    }
    Optional<PdqResult> photo =
        declared.isPresent() ? hasher.hashJpegLuma(bytes) : Optional.empty();
    if (photo.isPresent()) {
      ImageSize size = declared.get();
      boolean turned = ExifOrientation.fromJpeg(bytes).swapsDimensions();
      return new HashedImage(
          photo.get(),
          turned ? size.height() : size.width(),
          turned ? size.width() : size.height());
    }
    BufferedImage image = images.decode(bytes);
    return new HashedImage(hasher.hash(image), image.getWidth(), image.getHeight());
  }

  /** An image's perceptual hash and its size as displayed. */
  public record HashedImage(PdqResult pdq, int width, int height) {}

  /** How stored videos are hashed and how long decoding one may run. */
  public VpdqSettings videoSettings() {
    return video;
  }

  /**
   * A stored item's video, decrypted as it is read and seeked (never written out in plaintext);
   * each {@link VideoSource#open()} opens the stored file anew.
   */
  public VideoSource videoSource(EvidenceItem item) {
    String blobId = item.getBlobId();
    String key = item.getWrappedKey();
    byte[] associatedData = item.associatedData();
    return () -> vault.openSeekable(blobId, key, associatedData);
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
