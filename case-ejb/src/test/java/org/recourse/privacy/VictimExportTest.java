package org.recourse.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.export.ExportHeader;
import org.recourse.evidence.export.ExportIntegrityException;
import org.recourse.evidence.export.ExportItem;
import org.recourse.evidence.export.ExportJob;

class VictimExportTest {

  private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
  private static final byte[] JSON = "{\"victim\": {}}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] FILE = "synthetic evidence bytes".getBytes(StandardCharsets.UTF_8);

  private static ExportItem item(String name, String sha256) {
    return new ExportItem(
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        name,
        "image/jpeg",
        FILE.length,
        sha256,
        null,
        null,
        null,
        null,
        List.of(),
        () -> new ByteArrayInputStream(FILE));
  }

  private static VictimExport export(ExportItem... items) {
    ExportJob job =
        new ExportJob(
            7, new ExportHeader("R-2026-0007", "attorney", AT, "purpose"), List.of(items));
    return new VictimExport(7, "R-2026-0007", AT, JSON, job);
  }

  @Test
  void theZipHoldsVictimJsonThenEachFileUnderASafeName() throws Exception {
    VictimExport export = export(item("../../a <b>.jpg", sha256(FILE)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ExportJob.Written written = export.writeTo(out);

    Map<String, byte[]> entries = unzip(out.toByteArray());
    assertEquals(2, entries.size());
    assertArrayEquals(JSON, entries.get("victim.json"));
    String fileEntry = VictimExport.entryName(1, export.items().get(0));
    assertTrue(fileEntry.startsWith("evidence/01-"));
    assertFalse(fileEntry.substring("evidence/".length()).contains("/"));
    assertArrayEquals(FILE, entries.get(fileEntry));
    assertEquals(sha256(out.toByteArray()), written.sha256());
    assertEquals(out.size(), written.size());
    assertEquals("victim-data-R-2026-0007-" + AT.getEpochSecond() + ".zip", export.fileName());
  }

  @Test
  void aCaseWithoutEvidenceGivesVictimJsonAlone() throws Exception {
    VictimExport export = new VictimExport(7, "R-2026-0007", AT, JSON, null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    export.writeTo(out);
    assertEquals(List.of("victim.json"), List.copyOf(unzip(out.toByteArray()).keySet()));
  }

  @Test
  void aFileThatNoLongerMatchesItsHashStopsTheExport() {
    VictimExport export = export(item("a.jpg", "0".repeat(64)));
    assertThrows(ExportIntegrityException.class, () -> export.writeTo(new ByteArrayOutputStream()));
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
