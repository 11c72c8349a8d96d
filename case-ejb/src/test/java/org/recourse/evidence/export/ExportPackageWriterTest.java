package org.recourse.evidence.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.CaptureMethod;
import org.recourse.evidence.ContentSource;
import org.recourse.shared.CsvReader;

class ExportPackageWriterTest {

  private static final ExportHeader HEADER =
      new ExportHeader(
          "RC-2031-00042",
          "Advocate Test",
          Instant.parse("2031-03-04T05:06:07Z"),
          "Requested by the investigating officer");

  private static final byte[] PHOTO = "synthetic photo bytes, not an image".getBytes(UTF_8);
  private static final byte[] SCREENSHOT = new byte[200_000];

  static {
    for (int i = 0; i < SCREENSHOT.length; i++) {
      SCREENSHOT[i] = (byte) (i * 31 + i / 977);
    }
  }

  private static final String PDQ =
      "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22";

  @Test
  void packageHoldsItemsCustodyManifestsAndSummaryInThatOrder() throws IOException {
    Map<String, byte[]> zip = unzip(write(List.of(photo(), screenshot())));

    assertEquals(
        List.of(
            "items/01-photo 1.jpg",
            "items/02-@SUM(1+1).png",
            "custody/01-ev-0001.csv",
            "custody/02-ev-0002.csv",
            "manifest.json",
            "manifest.csv",
            "summary.pdf"),
        List.copyOf(zip.keySet()));
    assertArrayEquals(PHOTO, zip.get("items/01-photo 1.jpg"));
    assertArrayEquals(SCREENSHOT, zip.get("items/02-@SUM(1+1).png"));
  }

  @Test
  void manifestCsvListsEveryItemWithHashesAndCaptureFacts() throws IOException {
    Map<String, byte[]> zip = unzip(write(List.of(photo(), screenshot())));

    List<List<String>> rows = CsvReader.parse(new String(zip.get("manifest.csv"), UTF_8));

    assertEquals(ExportPackageWriter.MANIFEST_COLUMNS, rows.get(0));
    assertEquals(3, rows.size());
    assertEquals(
        List.of(
            "items/01-photo 1.jpg",
            "ev-0001",
            "../uploads/photo 1.jpg",
            sha256(PHOTO),
            md5(PHOTO),
            PDQ,
            "87",
            String.valueOf(PHOTO.length),
            "image/jpeg",
            "https://example.invalid/post/1",
            "2031-03-01T12:00:00Z",
            "Advocate Test",
            "SCREENSHOT",
            "Posted, then \"reposted\"\nby a second account",
            "",
            ""),
        rows.get(1));
    assertEquals(
        List.of(
            "items/02-@SUM(1+1).png",
            "ev-0002",
            "'@SUM(1+1).png",
            sha256(SCREENSHOT),
            "",
            "",
            "",
            String.valueOf(SCREENSHOT.length),
            "image/png",
            "",
            "",
            "",
            "RECEIVED_FROM_VICTIM",
            "'=HYPERLINK(\"https://example.invalid\")",
            "",
            ""),
        rows.get(2));
  }

  @Test
  void anAnalysedVideoCarriesItsFrameHashesInTheReferenceFormatListedInTheManifest()
      throws IOException {
    String vpdq = "0,100," + PDQ + ",0.000\n10,98," + PDQ + ",1.000\n";
    ExportItem video =
        new ExportItem(
            "ev-0009",
            "clip.mp4",
            "video/mp4",
            PHOTO.length,
            sha256(PHOTO),
            null,
            null,
            null,
            null,
            List.of(),
            () -> new ByteArrayInputStream(PHOTO),
            vpdq);

    Map<String, byte[]> zip = unzip(write(List.of(photo(), video)));

    assertEquals(vpdq, new String(zip.get("vpdq/02-ev-0009.txt"), UTF_8));
    assertFalse(zip.keySet().stream().anyMatch(n -> n.startsWith("vpdq/01-")), "not for a photo");
    List<List<String>> rows = CsvReader.parse(new String(zip.get("manifest.csv"), UTF_8));
    List<String> videoRow = rows.get(2);
    int file = ExportPackageWriter.MANIFEST_COLUMNS.indexOf("vpdq_file");
    assertEquals("vpdq/02-ev-0009.txt", videoRow.get(file));
    assertEquals(sha256(vpdq.getBytes(UTF_8)), videoRow.get(file + 1));
  }

  @Test
  void manifestJsonHasTheHeaderAndTheHashesOfEveryItem() throws IOException {
    Map<String, byte[]> zip = unzip(write(List.of(photo(), screenshot())));

    JsonObject manifest;
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(zip.get("manifest.json")))) {
      manifest = reader.readObject();
    }

    assertEquals("RC-2031-00042", manifest.getString("caseNumber"));
    assertEquals("Advocate Test", manifest.getString("exportedBy"));
    assertEquals("2031-03-04T05:06:07Z", manifest.getString("exportedAt"));
    assertEquals("Requested by the investigating officer", manifest.getString("purpose"));
    assertEquals(2, manifest.getInt("itemCount"));
    JsonObject first = manifest.getJsonArray("items").getJsonObject(0);
    JsonObject second = manifest.getJsonArray("items").getJsonObject(1);
    assertEquals("items/01-photo 1.jpg", first.getString("file"));
    assertEquals(sha256(PHOTO), first.getString("sha256"));
    assertEquals(md5(PHOTO), first.getString("md5"));
    assertEquals(PDQ, first.getString("pdq"));
    assertEquals(87, first.getInt("pdqQuality"));
    assertEquals(PHOTO.length, first.getJsonNumber("size").longValue());
    assertEquals("2031-03-01T12:00:00Z", first.getString("capturedAt"));
    assertEquals(sha256(SCREENSHOT), second.getString("sha256"));
    assertEquals("@SUM(1+1).png", second.getString("originalName"));
    assertEquals(JsonValue.NULL, second.get("pdq"));
    assertEquals(JsonValue.NULL, second.get("pdqQuality"));
    assertEquals("RECEIVED_FROM_VICTIM", second.getString("method"));
  }

  @Test
  void custodyCsvHasOneRowPerCustodyLine() throws IOException {
    Map<String, byte[]> zip = unzip(write(List.of(photo(), screenshot())));

    List<List<String>> first =
        CsvReader.parse(new String(zip.get("custody/01-ev-0001.csv"), UTF_8));
    List<List<String>> second =
        CsvReader.parse(new String(zip.get("custody/02-ev-0002.csv"), UTF_8));

    assertEquals(ExportPackageWriter.CUSTODY_COLUMNS, first.get(0));
    assertEquals(3, first.size());
    assertEquals(
        List.of(
            "1",
            "2031-03-01T12:05:00Z",
            "Advocate Test",
            "UPLOADED",
            "192.0.2.10",
            "intake",
            "via web form",
            "",
            "a1"),
        first.get(1));
    assertEquals("a1", first.get(2).get(7));
    assertEquals(2, second.size());
    assertEquals("'=1+2", second.get(1).get(6));
  }

  @Test
  void summaryIsOnePageWithTheCaseNumberAndEverySha256() throws IOException {
    Map<String, byte[]> zip = unzip(write(List.of(photo(), screenshot())));

    String text = SummaryPdfTest.text(zip.get("summary.pdf"), 1);

    assertTrue(text.contains("Evidence export"), text);
    assertTrue(text.contains("RC-2031-00042"), text);
    assertTrue(text.contains(sha256(PHOTO)), text);
    assertTrue(text.contains(sha256(SCREENSHOT)), text);
    assertTrue(text.contains("2031-03-04 05:06:07 UTC"), text);
  }

  @Test
  void contentThatNoLongerMatchesItsSha256StopsTheExportNamingTheItem() {
    byte[] altered = PHOTO.clone();
    altered[0] ^= 1;
    ExportItem tampered = tamperedCopyOf(PHOTO, () -> new ByteArrayInputStream(altered));

    ExportIntegrityException failure =
        assertThrows(ExportIntegrityException.class, () -> write(List.of(screenshot(), tampered)));

    assertEquals("ev-0003", failure.evidenceId());
    assertTrue(failure.getMessage().contains("ev-0003"), failure.getMessage());
    assertTrue(failure.getMessage().contains("SHA-256"), failure.getMessage());
  }

  @Test
  void contentShorterThanTheRecordedSizeStopsTheExport() {
    ExportItem item =
        new ExportItem(
            "ev-0004",
            "a.bin",
            "application/octet-stream",
            PHOTO.length + 1L,
            sha256(PHOTO),
            null,
            null,
            null,
            null,
            List.of(),
            () -> new ByteArrayInputStream(PHOTO));

    ExportIntegrityException failure =
        assertThrows(ExportIntegrityException.class, () -> write(List.of(item)));
    assertEquals("ev-0004", failure.evidenceId());
  }

  @Test
  void theOutputStreamIsLeftOpen() throws IOException {
    boolean[] closed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    new ExportPackageWriter().write(HEADER, List.of(photo()), out);

    assertFalse(closed[0]);
    assertTrue(unzip(out.toByteArray()).containsKey("summary.pdf"));
  }

  @Test
  void anEmptyExportStillHasManifestsAndSummary() throws IOException {
    Map<String, byte[]> zip = unzip(write(List.of()));

    assertEquals(
        List.of("manifest.json", "manifest.csv", "summary.pdf"), List.copyOf(zip.keySet()));
  }

  private static ExportItem photo() {
    CaptureFacts capture =
        new CaptureFacts(
            "https://example.invalid/post/1",
            Instant.parse("2031-03-01T12:00:00Z"),
            "Advocate Test",
            CaptureMethod.SCREENSHOT,
            "Posted, then \"reposted\"\nby a second account");
    List<CustodyLine> custody =
        List.of(
            new CustodyLine(
                1,
                Instant.parse("2031-03-01T12:05:00Z"),
                "Advocate Test",
                "UPLOADED",
                "192.0.2.10",
                "intake",
                "via web form",
                "",
                "a1"),
            new CustodyLine(
                2,
                Instant.parse("2031-03-04T05:06:07Z"),
                "Advocate Test",
                "EXPORTED",
                "192.0.2.10",
                "police request",
                null,
                "a1",
                "b2"));
    return new ExportItem(
        "ev-0001",
        "../uploads/photo 1.jpg",
        "image/jpeg",
        PHOTO.length,
        sha256(PHOTO),
        md5(PHOTO),
        PDQ,
        87,
        capture,
        custody,
        () -> new ByteArrayInputStream(PHOTO));
  }

  private static ExportItem screenshot() {
    CaptureFacts capture =
        new CaptureFacts(
            null,
            null,
            null,
            CaptureMethod.RECEIVED_FROM_VICTIM,
            "=HYPERLINK(\"https://example.invalid\")");
    CustodyLine uploaded =
        new CustodyLine(
            1,
            Instant.parse("2031-03-02T09:00:00Z"),
            "Advocate Test",
            "UPLOADED",
            null,
            null,
            "=1+2",
            "",
            "c3");
    return new ExportItem(
        "ev-0002",
        "@SUM(1+1).png",
        "image/png",
        SCREENSHOT.length,
        sha256(SCREENSHOT),
        null,
        null,
        null,
        capture,
        List.of(uploaded),
        () -> new ByteArrayInputStream(SCREENSHOT));
  }

  /** An item whose record describes {@code recorded} but whose content comes from elsewhere. */
  private static ExportItem tamperedCopyOf(byte[] recorded, ContentSource content) {
    return new ExportItem(
        "ev-0003",
        "photo.jpg",
        "image/jpeg",
        recorded.length,
        sha256(recorded),
        md5(recorded),
        null,
        null,
        null,
        List.of(),
        content);
  }

  private static byte[] write(List<ExportItem> items) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ExportPackageWriter().write(HEADER, items, out);
    return out.toByteArray();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String sha256(byte[] bytes) {
    return hash("SHA-256", bytes);
  }

  private static String md5(byte[] bytes) {
    return hash("MD5", bytes);
  }

  private static String hash(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
