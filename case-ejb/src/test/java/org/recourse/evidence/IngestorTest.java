package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

class IngestorTest {

  private static final byte[] AD = "recourse-evidence:v1:1:x".getBytes(StandardCharsets.UTF_8);

  @TempDir Path root;

  private EvidenceVault vault() {
    byte[] master = new byte[32];
    new Random(2).nextBytes(master);
    return new EvidenceVault(root, master);
  }

  private Ingestor ingestor(long maxBytes) {
    return new Ingestor(vault(), new FileTypes(), maxBytes);
  }

  private long storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void anImageIsHashedTypedAndStoredInOnePass() throws Exception {
    byte[] jpeg = TestMedia.bytes(Fixture.PHOTO_JPEG);
    EvidenceVault vault = vault();
    Ingested stored =
        new Ingestor(vault, new FileTypes(), 1 << 30).ingest(new ByteArrayInputStream(jpeg), AD);
    assertEquals("image/jpeg", stored.mediaType());
    assertEquals(jpeg.length, stored.size());
    assertEquals(hex("SHA-256", jpeg), stored.sha256());
    assertEquals(hex("MD5", jpeg), stored.md5());
    try (InputStream back = vault.open(stored.blob().blobId(), stored.blob().wrappedKey(), AD)) {
      assertArrayEquals(jpeg, back.readAllBytes());
    }
  }

  @Test
  void anEmptyFileIsRefusedAndNothingStored() throws IOException {
    EvidenceRejectedException e =
        assertThrows(
            EvidenceRejectedException.class,
            () -> ingestor(1000).ingest(new ByteArrayInputStream(new byte[0]), AD));
    assertEquals(Reason.EMPTY, e.reason());
    assertEquals(0, storedFiles());
  }

  @Test
  void aFileNamedLikeAnImageButBeingAnArchiveIsRefused() throws IOException {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    EvidenceRejectedException e =
        assertThrows(
            EvidenceRejectedException.class,
            () -> ingestor(1000).ingest(new ByteArrayInputStream(zip), AD));
    assertEquals(Reason.UNSUPPORTED_TYPE, e.reason());
    assertEquals(0, storedFiles());
  }

  @Test
  void aFileOverTheLimitIsRefusedWhileStreamingAndNothingStored() throws IOException {
    byte[] text = "synthetic line of text\n".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
    EvidenceRejectedException e =
        assertThrows(
            EvidenceRejectedException.class,
            () -> ingestor(100_000).ingest(new ByteArrayInputStream(text), AD));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertEquals(0, storedFiles());
  }

  @Test
  void anUploadCutOffMidwayIsRefusedAndNothingStored() throws IOException {
    byte[] text = "synthetic line of text\n".repeat(20_000).getBytes(StandardCharsets.US_ASCII);
    InputStream cutOff =
        new InputStream() {
          private int position;

          @Override
          public int read() throws IOException {
            if (position >= 200_000) {
              throw new IOException("connection reset");
            }
            return text[position++];
          }
        };
    EvidenceRejectedException e =
        assertThrows(EvidenceRejectedException.class, () -> ingestor(1 << 30).ingest(cutOff, AD));
    assertEquals(Reason.INCOMPLETE, e.reason());
    assertEquals(0, storedFiles());
  }

  @ParameterizedTest
  @CsvSource({
    "'%PDF-1.7\n%synthetic\n', application/pdf",
    "'<!DOCTYPE html><html><head><title>x</title></head><body>saved page</body></html>', text/html",
    "'Just some plain notes about a synthetic case.\n', text/plain",
    "'MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\nContent-Type: text/html\n\n<html></html>\n--b--\n', multipart/related"
  })
  void documentTypesAreRecognisedFromTheirContent(String content, String expected)
      throws IOException {
    Ingested stored =
        ingestor(1 << 20)
            .ingest(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), AD);
    assertEquals(expected, stored.mediaType());
  }

  @Test
  void videoContainersAreRecognised() throws IOException {
    byte[] mp4 =
        java.nio.ByteBuffer.allocate(64)
            .putInt(24)
            .put("ftypmp42".getBytes(StandardCharsets.US_ASCII))
            .putInt(0)
            .put("mp42isom".getBytes(StandardCharsets.US_ASCII))
            .array();
    byte[] mov =
        java.nio.ByteBuffer.allocate(64)
            .putInt(20)
            .put("ftypqt  ".getBytes(StandardCharsets.US_ASCII))
            .putInt(0)
            .put("qt  ".getBytes(StandardCharsets.US_ASCII))
            .array();
    // An EBML header whose DocType is "webm".
    byte[] webm =
        HexFormat.of()
            .parseHex(
                "1a45dfa39f4286810142f7810142f2810442f381084282847765626d42878104428581020000");
    assertEquals(
        "video/mp4", ingestor(1 << 20).ingest(new ByteArrayInputStream(mp4), AD).mediaType());
    assertEquals(
        "video/quicktime", ingestor(1 << 20).ingest(new ByteArrayInputStream(mov), AD).mediaType());
    assertEquals(
        "video/webm", ingestor(1 << 20).ingest(new ByteArrayInputStream(webm), AD).mediaType());
  }

  @Test
  void sizesAreDescribedForPeople() {
    assertEquals("2 GiB", Ingestor.describe(2L << 30));
    assertEquals("1.5 KiB", Ingestor.describe(1536));
    assertEquals("10 bytes", Ingestor.describe(10));
    assertEquals("1023 bytes", Ingestor.describe(1023));
    assertEquals("500 MiB", Ingestor.describe(500L << 20));
    assertEquals("1.0 MiB", Ingestor.describe((1L << 20) + 1));
  }

  private static String hex(String algorithm, byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
  }
}
