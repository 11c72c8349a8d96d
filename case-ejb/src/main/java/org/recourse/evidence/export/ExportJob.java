package org.recourse.evidence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An export package about to be written: the items were checked for access when the job was made;
 * writing streams the ZIP and yields its SHA-256, which is then recorded on every item (see {@link
 * PackageDownload}, which does both).
 */
public record ExportJob(
    long caseId, ExportHeader header, List<ExportItem> items, ExportTrust trust) {

  /** A job without timestamps. */
  public ExportJob(long caseId, ExportHeader header, List<ExportItem> items) {
    this(caseId, header, items, ExportTrust.NONE);
  }

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
    CountingDigestOutputStream counted = new CountingDigestOutputStream(out);
    new ExportPackageWriter().write(header, items, trust, counted);
    counted.flush();
    return counted.written();
  }

  /** The package as written. */
  public record Written(String sha256, long size) {}
}
