package org.recourse.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recourse.evidence.FileNames;
import org.recourse.evidence.export.CountingDigestOutputStream;
import org.recourse.evidence.export.ExportIntegrityException;
import org.recourse.evidence.export.ExportItem;
import org.recourse.evidence.export.ExportJob;

/**
 * A victim data export about to be written: {@code victim.json} (everything held about the victim
 * and the case, see {@link VictimExportService}) and each evidence file, decrypted, under {@code
 * evidence/}. Access was checked when it was made; writing streams the ZIP, checks every file
 * against the SHA-256 recorded at intake (an altered file stops the export) and yields the ZIP's
 * SHA-256, which is then recorded on every item's chain of custody (see {@link
 * VictimExportService#download}).
 *
 * @param evidence the evidence part (the evidence export's job), or null when the case has none
 */
public record VictimExport(
    long caseId, String caseNumber, Instant exportedAt, byte[] victimJson, ExportJob evidence) {

  /** The name a download of the package should carry. */
  public String fileName() {
    return "victim-data-" + caseNumber + "-" + exportedAt.getEpochSecond() + ".zip";
  }

  /** The items whose files are in the package. */
  public List<ExportItem> items() {
    return evidence == null ? List.of() : evidence.items();
  }

  /** Where the {@code index}-th (from 1) evidence file lies in the ZIP. */
  public static String entryName(int index, ExportItem item) {
    return String.format("evidence/%02d-%s", index, FileNames.sanitise(item.fileName()));
  }

  /** Writes the ZIP; does not close {@code out}. */
  public ExportJob.Written writeTo(OutputStream out) throws IOException {
    CountingDigestOutputStream counted = new CountingDigestOutputStream(out);
    ZipOutputStream zip = new ZipOutputStream(counted);
    zip.putNextEntry(new ZipEntry("victim.json"));
    zip.write(victimJson);
    zip.closeEntry();
    List<ExportItem> items = items();
    for (int i = 0; i < items.size(); i++) {
      ExportItem item = items.get(i);
      zip.putNextEntry(new ZipEntry(entryName(i + 1, item)));
      copyVerified(item, zip);
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
    return counted.written();
  }

  private static void copyVerified(ExportItem item, OutputStream zip) throws IOException {
    MessageDigest digest = sha256();
    long size;
    try (InputStream in = new DigestInputStream(item.content().open(), digest)) {
      size = in.transferTo(zip);
    }
    String actual = HexFormat.of().formatHex(digest.digest());
    if (size != item.size() || !actual.equals(item.sha256())) {
      throw new ExportIntegrityException(
          item.evidenceId(), "the stored file no longer matches the SHA-256 recorded at intake");
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
