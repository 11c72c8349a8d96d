package org.recourse.evidence.export;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.FileNames;
import org.recourse.shared.Csv;

/**
 * Writes the evidence package handed to police or a court: one ZIP holding every file exactly as
 * received, each item's chain of custody, a manifest in JSON and CSV, and a one-page PDF summary.
 * The recipient must be able to show that each file is the one the victim gave, so every file is
 * checked against the SHA-256 (and MD5 and size, where recorded) taken at intake while it is being
 * copied; on any difference the export stops with {@link ExportIntegrityException} instead of
 * shipping an altered file. Files are streamed in 64 KiB pieces, never held whole in memory and
 * never written to disk.
 *
 * <p>Entries, in this order: {@code items/NN-<name>}, {@code custody/NN-<evidence id>.csv}, for
 * each analysed video {@code vpdq/NN-<evidence id>.txt} (its frame hashes in the vPDQ reference's
 * text format, which Meta's HMA and the reference matcher read; the manifest names it and gives its
 * SHA-256), {@code manifest.json}, {@code manifest.csv}, {@code summary.pdf}; then, when the items
 * were timestamped, {@code timestamps/NN-<evidence id>.tsr} (each item's RFC 3161 reply), {@code
 * timestamps/tsa-chain.pem} and {@code timestamps/tsa-trusted.pem}, {@code anchors/anchor-<id>.txt}
 * and {@code .tsr} (the latest anchors of the logs), and {@code VERIFY-README.txt}, which says how
 * to check all of it with OpenSSL alone.
 */
public final class ExportPackageWriter {

  static final int BUFFER_SIZE = 64 * 1024;

  static final List<String> MANIFEST_COLUMNS =
      List.of(
          "file",
          "evidence_id",
          "original_name",
          "sha256",
          "md5",
          "pdq",
          "pdq_quality",
          "size",
          "media_type",
          "source_url",
          "captured_at",
          "captured_by",
          "method",
          "description",
          "vpdq_file",
          "vpdq_sha256");

  static final List<String> CUSTODY_COLUMNS =
      List.of(
          "sequence",
          "at",
          "actor",
          "event",
          "address",
          "reason",
          "detail",
          "previous_hash",
          "hash");

  private static final HexFormat HEX = HexFormat.of();

  /** One item with the names it gets inside the package. */
  private record Entry(
      String number,
      String name,
      String itemPath,
      String custodyPath,
      String vpdqPath,
      ExportItem item) {}

  /**
   * Streams the ZIP to {@code out} and leaves {@code out} open. Never holds a whole file in memory
   * and never writes temporary files. If this throws, what was written to {@code out} is an
   * incomplete archive and must be discarded (for a download: abort the response).
   *
   * @throws ExportIntegrityException if an item's bytes do not match its recorded hashes or size
   */
  public void write(ExportHeader header, List<ExportItem> items, OutputStream out)
      throws IOException {
    write(header, items, ExportTrust.NONE, out);
  }

  /**
   * Streams the ZIP with the items' timestamps and the logs' anchors, as {@link
   * #write(ExportHeader, List, OutputStream)} does without them.
   */
  public void write(
      ExportHeader header, List<ExportItem> items, ExportTrust trust, OutputStream out)
      throws IOException {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(trust, "trust");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(out, "out");
    List<Entry> entries = entries(items);
    byte[] summary = SummaryPdf.render(header, summaryRows(entries));

    ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), UTF_8);
    FileTime time = FileTime.from(header.exportedAt());
    for (Entry entry : entries) {
      zip.putNextEntry(zipEntry(entry.itemPath(), time));
      copyVerified(entry.item(), zip);
      zip.closeEntry();
    }
    for (Entry entry : entries) {
      zip.putNextEntry(zipEntry(entry.custodyPath(), time));
      writeCustodyCsv(entry.item().custody(), zip);
      zip.closeEntry();
    }
    for (Entry entry : entries) {
      if (entry.vpdqPath() != null) {
        zip.putNextEntry(zipEntry(entry.vpdqPath(), time));
        zip.write(entry.item().vpdq().getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    zip.putNextEntry(zipEntry("manifest.json", time));
    writeManifestJson(header, entries, zip);
    zip.closeEntry();
    zip.putNextEntry(zipEntry("manifest.csv", time));
    writeManifestCsv(entries, zip);
    zip.closeEntry();
    zip.putNextEntry(zipEntry("summary.pdf", time));
    zip.write(summary);
    zip.closeEntry();
    if (!trust.isEmpty()) {
      writeTrust(trust, entries, zip, time);
    }
    // Closing writes the central directory and releases the deflater; KeepOpen keeps out open.
    zip.close();
  }

  private static void writeTrust(
      ExportTrust trust, List<Entry> entries, ZipOutputStream zip, FileTime time)
      throws IOException {
    List<String[]> stamped = new ArrayList<>();
    for (Entry entry : entries) {
      byte[] reply = trust.replies().get(entry.item().evidenceId());
      if (reply != null) {
        String path = "timestamps/" + entry.number() + "-" + entry.item().evidenceId() + ".tsr";
        zip.putNextEntry(zipEntry(path, time));
        zip.write(reply);
        zip.closeEntry();
        stamped.add(new String[] {path, entry.itemPath(), entry.item().sha256()});
      }
    }
    zip.putNextEntry(zipEntry("timestamps/tsa-chain.pem", time));
    zip.write(trust.tokenCertificates().getBytes(UTF_8));
    zip.closeEntry();
    zip.putNextEntry(zipEntry("timestamps/tsa-trusted.pem", time));
    zip.write(trust.trustedCertificates().getBytes(UTF_8));
    zip.closeEntry();
    List<String> anchorNames = new ArrayList<>();
    for (ExportTrust.AnchorFile anchor : trust.anchors()) {
      String name = "anchors/anchor-" + anchor.id();
      zip.putNextEntry(zipEntry(name + ".txt", time));
      zip.write(anchor.manifest());
      zip.closeEntry();
      zip.putNextEntry(zipEntry(name + ".tsr", time));
      zip.write(anchor.reply());
      zip.closeEntry();
      anchorNames.add(name);
    }
    zip.putNextEntry(zipEntry("VERIFY-README.txt", time));
    zip.write(VerifyReadme.text(stamped, anchorNames, trust.development()).getBytes(UTF_8));
    zip.closeEntry();
  }

  private static List<Entry> entries(List<ExportItem> items) {
    int digits = Math.max(2, String.valueOf(items.size()).length());
    List<Entry> entries = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      ExportItem item = Objects.requireNonNull(items.get(i), "items[" + i + "]");
      String number = String.format(Locale.ROOT, "%0" + digits + "d", i + 1);
      String name = FileNames.sanitise(item.fileName());
      entries.add(
          new Entry(
              number,
              name,
              "items/" + number + "-" + name,
              "custody/" + number + "-" + FileNames.sanitise(item.evidenceId()) + ".csv",
              item.vpdq() == null
                  ? null
                  : "vpdq/" + number + "-" + FileNames.sanitise(item.evidenceId()) + ".txt",
              item));
    }
    return entries;
  }

  private static List<SummaryPdf.Row> summaryRows(List<Entry> entries) {
    return entries.stream()
        .map(
            e ->
                new SummaryPdf.Row(
                    e.number(),
                    e.name(),
                    e.item().size(),
                    e.item().sha256().toLowerCase(Locale.ROOT),
                    e.item().mediaType()))
        .toList();
  }

  private static ZipEntry zipEntry(String name, FileTime time) {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(time);
    return entry;
  }

  private static void copyVerified(ExportItem item, OutputStream zip) throws IOException {
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest md5 = digest("MD5");
    long copied = 0;
    byte[] buffer = new byte[BUFFER_SIZE];
    try (InputStream in = item.content().open()) {
      int read;
      while ((read = in.read(buffer)) != -1) {
        sha256.update(buffer, 0, read);
        md5.update(buffer, 0, read);
        zip.write(buffer, 0, read);
        copied += read;
      }
    }
    String actualSha256 = HEX.formatHex(sha256.digest());
    if (!actualSha256.equalsIgnoreCase(item.sha256())) {
      throw new ExportIntegrityException(
          item.evidenceId(),
          "content SHA-256 "
              + actualSha256
              + " does not match the recorded "
              + item.sha256()
              + "; export stopped");
    }
    String actualMd5 = HEX.formatHex(md5.digest());
    if (item.md5() != null && !actualMd5.equalsIgnoreCase(item.md5())) {
      throw new ExportIntegrityException(
          item.evidenceId(),
          "content MD5 " + actualMd5 + " does not match the recorded " + item.md5());
    }
    if (copied != item.size()) {
      throw new ExportIntegrityException(
          item.evidenceId(), "content is " + copied + " bytes, the record says " + item.size());
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }

  private static void writeCustodyCsv(List<CustodyLine> lines, OutputStream zip)
      throws IOException {
    writeText(zip, Csv.row(CUSTODY_COLUMNS));
    for (CustodyLine line : lines) {
      writeText(
          zip,
          Csv.row(
              nullable(
                  String.valueOf(line.sequence()),
                  iso(line.at()),
                  line.actor(),
                  line.event(),
                  line.address(),
                  line.reason(),
                  line.detail(),
                  line.previousHash(),
                  line.hash())));
    }
  }

  private static void writeManifestCsv(List<Entry> entries, OutputStream zip) throws IOException {
    writeText(zip, Csv.row(MANIFEST_COLUMNS));
    for (Entry entry : entries) {
      writeText(zip, Csv.row(manifestValues(entry)));
    }
  }

  /** The manifest's values for one item, in the order of {@link #MANIFEST_COLUMNS}. */
  private static List<String> manifestValues(Entry entry) {
    ExportItem item = entry.item();
    CaptureFacts capture = item.capture();
    return nullable(
        entry.itemPath(),
        item.evidenceId(),
        item.fileName(),
        item.sha256().toLowerCase(Locale.ROOT),
        item.md5() == null ? null : item.md5().toLowerCase(Locale.ROOT),
        item.pdqHex(),
        item.pdqQuality() == null ? null : item.pdqQuality().toString(),
        String.valueOf(item.size()),
        item.mediaType(),
        capture == null ? null : capture.sourceUrl(),
        capture == null ? null : iso(capture.capturedAt()),
        capture == null ? null : capture.capturedBy(),
        capture == null || capture.method() == null ? null : capture.method().name(),
        capture == null ? null : capture.description(),
        entry.vpdqPath(),
        item.vpdq() == null
            ? null
            : HEX.formatHex(digest("SHA-256").digest(item.vpdq().getBytes(UTF_8))));
  }

  private static void writeManifestJson(
      ExportHeader header, List<Entry> entries, OutputStream zip) {
    Writer writer = new OutputStreamWriter(new KeepOpen(zip), UTF_8);
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(writer)) {
      json.writeStartObject();
      json.write("caseNumber", header.caseNumber());
      json.write("exportedBy", header.exportedBy());
      json.write("exportedAt", iso(header.exportedAt()));
      writeNullable(json, "purpose", header.purpose());
      json.write("itemCount", entries.size());
      json.writeStartArray("items");
      for (Entry entry : entries) {
        ExportItem item = entry.item();
        List<String> values = manifestValues(entry);
        json.writeStartObject();
        for (int i = 0; i < MANIFEST_COLUMNS.size(); i++) {
          String name = jsonName(MANIFEST_COLUMNS.get(i));
          if (name.equals("size")) {
            json.write(name, item.size());
          } else if (name.equals("pdqQuality") && item.pdqQuality() != null) {
            json.write(name, item.pdqQuality());
          } else {
            writeNullable(json, name, values.get(i));
          }
        }
        json.writeEnd();
      }
      json.writeEnd();
      json.writeEnd();
    }
  }

  /** The JSON name of a manifest column: "evidence_id" becomes "evidenceId". */
  static String jsonName(String column) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  private static void writeNullable(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static void writeText(OutputStream zip, String text) throws IOException {
    zip.write(text.getBytes(UTF_8));
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  /** Like {@link List#of}, but keeps nulls, which the CSV and JSON write as empty and null. */
  private static List<String> nullable(String... values) {
    return Arrays.asList(values);
  }

  /** Passes writes through and turns close into flush, so a writer can finish without closing. */
  private static final class KeepOpen extends FilterOutputStream {

    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
