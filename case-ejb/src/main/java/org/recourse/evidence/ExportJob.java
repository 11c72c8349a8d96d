package org.recourse.evidence;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.recourse.evidence.export.ExportHeader;
import org.recourse.evidence.export.ExportItem;
import org.recourse.evidence.export.ExportPackageWriter;

/**
 * An export package about to be written: the items were checked for access when the job was made;
 * writing streams the ZIP and yields its SHA-256, which the caller then records on every item (see
 * {@link EvidenceService#recordExport}).
 */
public record ExportJob(long caseId, ExportHeader header, List<ExportItem> items) {

  /** The name a download of the package should carry. */
  public String fileName() {
    return "evidence-" + header.caseNumber() + "-" + header.exportedAt().getEpochSecond() + ".zip";
  }

  /** The item ids in the package. */
  public List<String> evidenceIds() {
    return items.stream().map(ExportItem::evidenceId).toList();
  }

  /**
   * Writes the package; does not close {@code out}.
   *
   * @return the SHA-256 (hex) and size of what was written
   */
  public Written writeTo(OutputStream out) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long[] count = {0};
    OutputStream counting =
        new FilterOutputStream(out) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count[0] += len;
          }

          @Override
          public void write(int b) throws IOException {
            out.write(b);
            count[0]++;
          }

          @Override
          public void close() throws IOException {
            flush();
          }
        };
    DigestOutputStream digesting = new DigestOutputStream(counting, sha256);
    new ExportPackageWriter().write(header, items, digesting);
    digesting.flush();
    return new Written(HexFormat.of().formatHex(sha256.digest()), count[0]);
  }

  /** The package as written. */
  public record Written(String sha256, long size) {}
}
