package org.recourse.evidence.export;

import java.util.List;
import java.util.Objects;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.ContentSource;

/**
 * One evidence file as it goes into an export: the hashes recorded when it was received, what is
 * known about its capture, its chain of custody, and where to read its bytes. The SHA-256 is the
 * one recorded at intake; the export checks the bytes against it and refuses to ship a file that no
 * longer matches.
 *
 * @param evidenceId the item's id in Recourse
 * @param fileName the name it was uploaded with, exactly as received (may be hostile; never shown
 *     unsanitised)
 * @param mediaType the detected media type
 * @param size length in bytes
 * @param sha256 SHA-256 of the content recorded at intake, hex
 * @param md5 MD5 of the content recorded at intake, hex, or null if none was recorded
 * @param pdqHex the PDQ perceptual hash, hex, or null if the item is not an image
 * @param pdqQuality the PDQ quality 0..100, or null with {@code pdqHex}
 * @param capture what is known about how the item was captured, or null if nothing is
 * @param custody the chain of custody, oldest first
 * @param content opens the bytes
 * @param vpdq an analysed video's frame hashes in the vPDQ reference's text format ({@code
 *     frameNumber,quality,hash,timestamp} per line), or null for anything else
 */
public record ExportItem(
    String evidenceId,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    String md5,
    String pdqHex,
    Integer pdqQuality,
    CaptureFacts capture,
    List<CustodyLine> custody,
    ContentSource content,
    String vpdq) {

  /** An item without frame hashes (not an analysed video). */
  public ExportItem(
      String evidenceId,
      String fileName,
      String mediaType,
      long size,
      String sha256,
      String md5,
      String pdqHex,
      Integer pdqQuality,
      CaptureFacts capture,
      List<CustodyLine> custody,
      ContentSource content) {
    this(
        evidenceId,
        fileName,
        mediaType,
        size,
        sha256,
        md5,
        pdqHex,
        pdqQuality,
        capture,
        custody,
        content,
        null);
  }

  public ExportItem {
    Objects.requireNonNull(evidenceId, "evidenceId");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(content, "content");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, got " + size);
    }
    custody = custody == null ? List.of() : List.copyOf(custody);
  }
}
