package org.recourse.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.evidence.vault.EvidenceVault.BlobWriter;
import org.recourse.evidence.vault.StoredBlob;

/**
 * Takes an uploaded file in one pass over its bytes: recognises its type from the first 64 KiB,
 * then computes SHA-256 and MD5, counts it against the size limit, and encrypts it into the vault,
 * all while it streams. Only a 64 KiB buffer is held; plaintext never reaches the disk.
 *
 * <p>A refused upload (empty, wrong type, over the limit, cut off) leaves nothing in the vault. The
 * MD5 is kept only because some platforms' hash-matching programmes still ask for it; SHA-256 is
 * the integrity hash.
 */
public final class Ingestor {

  private static final int BUFFER_BYTES = 64 * 1024;

  private final EvidenceVault vault;
  private final FileTypes types;
  private final long maxBytes;

  public Ingestor(EvidenceVault vault, FileTypes types, long maxBytes) {
    this.vault = vault;
    this.types = types;
    this.maxBytes = maxBytes;
  }

  /** The size limit, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Stores one file.
   *
   * @param upload the file's bytes; read to its end, not closed
   * @param associatedData bound into the encryption (the case and item)
   * @throws EvidenceRejectedException if the file may not be kept
   * @throws IOException if the vault cannot be written
   */
  public Ingested ingest(InputStream upload, byte[] associatedData) throws IOException {
    byte[] buffer = new byte[BUFFER_BYTES];
    int prefix = readFully(upload, buffer);
    if (prefix == 0) {
      throw new EvidenceRejectedException(Reason.EMPTY, "The file is empty.");
    }
    String mediaType =
        types
            .accepted(buffer, prefix)
            .orElseThrow(
                () ->
                    new EvidenceRejectedException(
                        Reason.UNSUPPORTED_TYPE,
                        "This kind of file ("
                            + types.detect(buffer, prefix)
                            + ") cannot be kept as evidence. Accepted: images ("
                            + FileTypes.IMAGE_FORMATS
                            + "), video (MP4, MOV, WebM, MKV), PDF, saved web pages (HTML, MHTML),"
                            + " web archives (WARC) and plain text."));
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest md5 = digest("MD5");
    long size = 0;
    try (BlobWriter writer = vault.create(associatedData)) {
      OutputStream out = writer.stream();
      int length = prefix;
      while (length > 0) {
        size += length;
        if (size > maxBytes) {
          throw tooLarge();
        }
        sha256.update(buffer, 0, length);
        md5.update(buffer, 0, length);
        out.write(buffer, 0, length);
        length = readFully(upload, buffer);
      }
      StoredBlob blob = writer.commit();
      return new Ingested(
          blob,
          mediaType,
          size,
          HexFormat.of().formatHex(sha256.digest()),
          HexFormat.of().formatHex(md5.digest()));
    }
  }

  private EvidenceRejectedException tooLarge() {
    return new EvidenceRejectedException(Reason.TOO_LARGE, tooLargeMessage(maxBytes));
  }

  /** The refusal of a file larger than {@code maxBytes}, as every upload route words it. */
  public static String tooLargeMessage(long maxBytes) {
    return "The file is larger than the limit of " + describe(maxBytes) + ".";
  }

  /** Fills the buffer unless the stream ends first; an upload cut off midway is refused. */
  private static int readFully(InputStream upload, byte[] buffer) {
    int filled = 0;
    try {
      while (filled < buffer.length) {
        int read = upload.read(buffer, filled, buffer.length - filled);
        if (read < 0) {
          break;
        }
        filled += read;
      }
    } catch (IOException e) {
      // The cause tells a page whether the server cut the body off at its limit.
      EvidenceRejectedException incomplete =
          new EvidenceRejectedException(
              Reason.INCOMPLETE, "The upload ended before the whole file arrived; send it again.");
      incomplete.initCause(e);
      throw incomplete;
    }
    return filled;
  }

  /** A byte count for people: "2 GiB", "500 MiB", "10 KiB". */
  public static String describe(long bytes) {
    String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    long whole = bytes;
    boolean exact = true;
    while (whole >= 1024 && unit < units.length - 1) {
      exact &= whole % 1024 == 0;
      whole /= 1024;
      unit++;
    }
    String amount =
        exact ? String.valueOf(whole) : String.format("%.1f", bytes / (double) (1L << (10 * unit)));
    return amount + " " + units[unit];
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }

  /**
   * A stored upload.
   *
   * @param blob where and under which wrapped key it is stored
   * @param mediaType the type recognised from its content
   * @param size its size in bytes
   * @param sha256 lowercase hex
   * @param md5 lowercase hex
   */
  public record Ingested(StoredBlob blob, String mediaType, long size, String sha256, String md5) {}
}
