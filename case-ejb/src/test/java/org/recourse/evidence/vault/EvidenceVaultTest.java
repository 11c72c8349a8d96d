package org.recourse.evidence.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceVaultTest {

  private static final byte[] MASTER = new byte[32];
  private static final byte[] AD = "recourse-evidence:v1:7:item".getBytes(StandardCharsets.UTF_8);

  @TempDir Path root;

  static {
    new Random(1).nextBytes(MASTER);
  }

  private EvidenceVault vault() {
    return new EvidenceVault(root, MASTER);
  }

  /** Three and a half segments of a recognisable pattern. */
  private static byte[] content() {
    byte[] marker = "SYNTHETIC-EVIDENCE-PLAINTEXT-".getBytes(StandardCharsets.US_ASCII);
    byte[] data = new byte[(1 << 20) * 3 + 500_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = marker[i % marker.length];
    }
    return data;
  }

  private StoredBlob store(EvidenceVault vault, byte[] data) throws IOException {
    try (EvidenceVault.BlobWriter writer = vault.create(AD)) {
      try (OutputStream ignored = null) {
        writer.stream().write(data);
      }
      return writer.commit();
    }
  }

  @Test
  void whatIsStoredReadsBackIdentically() throws IOException {
    EvidenceVault vault = vault();
    byte[] data = content();
    StoredBlob blob = store(vault, data);
    try (InputStream in = vault.open(blob.blobId(), blob.wrappedKey(), AD)) {
      assertArrayEquals(data, in.readAllBytes());
    }
    assertTrue(blob.storedBytes() > data.length, "ciphertext carries tags and a header");
  }

  @Test
  void theSeekableChannelReadsAnyRangeAsStored() throws IOException {
    EvidenceVault vault = vault();
    byte[] data = content();
    StoredBlob blob = store(vault, data);
    try (SeekableByteChannel channel = vault.openSeekable(blob.blobId(), blob.wrappedKey(), AD)) {
      assertEquals(data.length, channel.size());
      // Across a segment boundary, backwards, at the very end and past it.
      for (long start : new long[] {(1 << 20) - 10, 5, data.length - 3L, 2L << 20}) {
        channel.position(start);
        ByteBuffer read = ByteBuffer.allocate(40);
        int count = channel.read(read);
        int expected = (int) Math.min(40, data.length - start);
        assertEquals(expected, count);
        assertArrayEquals(
            Arrays.copyOfRange(data, (int) start, (int) start + expected),
            Arrays.copyOf(read.array(), count));
      }
      channel.position(data.length);
      assertEquals(-1, channel.read(ByteBuffer.allocate(8)));
    }
  }

  @Test
  void theSeekableChannelDetectsAFlippedByteInTheSegmentRead() throws IOException {
    EvidenceVault vault = vault();
    byte[] data = content();
    StoredBlob blob = store(vault, data);
    Path file = vault.location(blob.blobId());
    byte[] stored = Files.readAllBytes(file);
    stored[stored.length - 100] ^= 0x01;
    Files.write(file, stored);
    try (SeekableByteChannel channel = vault.openSeekable(blob.blobId(), blob.wrappedKey(), AD)) {
      ByteBuffer first = ByteBuffer.allocate(1000);
      assertEquals(1000, channel.read(first), "an untouched segment still reads");
      channel.position(data.length - 50L);
      assertThrows(IOException.class, () -> channel.read(ByteBuffer.allocate(10)));
    }
  }

  @Test
  void theSeekableChannelRefusesAnotherItemsAssociatedData() throws IOException {
    EvidenceVault vault = vault();
    StoredBlob blob = store(vault, "short".getBytes(StandardCharsets.UTF_8));
    byte[] otherItem = "recourse-evidence:v1:8:item".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        VaultException.class,
        () -> vault.openSeekable(blob.blobId(), blob.wrappedKey(), otherItem));
  }

  @Test
  void theStoredFileDoesNotContainThePlaintext() throws IOException {
    EvidenceVault vault = vault();
    StoredBlob blob = store(vault, content());
    byte[] stored = Files.readAllBytes(vault.location(blob.blobId()));
    String asText = new String(stored, StandardCharsets.ISO_8859_1);
    assertFalse(asText.contains("SYNTHETIC-EVIDENCE"), "plaintext found in the stored file");
    assertFalse(asText.contains("PLAINTEXT"));
  }

  @Test
  void aFlippedByteIsDetectedWhenReading() throws IOException {
    EvidenceVault vault = vault();
    StoredBlob blob = store(vault, content());
    Path file = vault.location(blob.blobId());
    byte[] stored = Files.readAllBytes(file);
    stored[stored.length / 2] ^= 0x01;
    Files.write(file, stored);
    assertThrows(
        IOException.class,
        () -> {
          try (InputStream in = vault.open(blob.blobId(), blob.wrappedKey(), AD)) {
            in.readAllBytes();
          }
        });
  }

  @Test
  void aFileMovedToAnotherItemDoesNotDecrypt() throws IOException {
    EvidenceVault vault = vault();
    StoredBlob blob = store(vault, "short".getBytes(StandardCharsets.UTF_8));
    byte[] otherItem = "recourse-evidence:v1:8:item".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        VaultException.class, () -> vault.open(blob.blobId(), blob.wrappedKey(), otherItem));
  }

  @Test
  void anotherMasterKeyCannotOpenTheFile() throws IOException {
    StoredBlob blob = store(vault(), "short".getBytes(StandardCharsets.UTF_8));
    byte[] otherMaster = MASTER.clone();
    otherMaster[0] ^= 1;
    EvidenceVault other = new EvidenceVault(root, otherMaster);
    assertThrows(VaultException.class, () -> other.open(blob.blobId(), blob.wrappedKey(), AD));
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNothing() throws IOException {
    EvidenceVault vault = vault();
    try (EvidenceVault.BlobWriter writer = vault.create(AD)) {
      writer.stream().write(content());
    }
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(0, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void filesAreStoredUnderRandomNamesOnly() throws IOException {
    EvidenceVault vault = vault();
    StoredBlob first = store(vault, "a".getBytes(StandardCharsets.UTF_8));
    StoredBlob second = store(vault, "a".getBytes(StandardCharsets.UTF_8));
    assertTrue(first.blobId().matches("[0-9a-f]{32}"));
    assertFalse(first.blobId().equals(second.blobId()));
    assertFalse(first.wrappedKey().equals(second.wrappedKey()), "a fresh data key per file");
  }

  @Test
  void theSweepRemovesOnlyPartialFilesWrittenBeforeTheServerStarted() throws IOException {
    EvidenceVault vault = vault();
    StoredBlob kept = store(vault, "complete".getBytes(StandardCharsets.US_ASCII));
    EvidenceVault.BlobWriter cutOff = vault.create(AD);
    cutOff.stream().write(new byte[4096]);
    cutOff.stream().flush();
    Path orphan = partialFiles().findFirst().orElseThrow();
    Instant serverStart = Instant.now();
    Files.setLastModifiedTime(orphan, FileTime.from(serverStart.minusSeconds(60)));

    try (EvidenceVault.BlobWriter inProgress = vault.create(AD)) {
      inProgress.stream().write(new byte[4096]);
      inProgress.stream().flush();
      Path writing = partialFiles().filter(path -> !path.equals(orphan)).findFirst().orElseThrow();
      Files.setLastModifiedTime(writing, FileTime.from(serverStart.plusSeconds(1)));

      assertEquals(1, vault.sweepPartials(serverStart));

      assertFalse(Files.exists(orphan), "the upload a killed server left is gone");
      assertTrue(Files.exists(writing), "an upload of this server is left alone");
      assertTrue(Files.exists(vault.location(kept.blobId())), "stored files are left alone");
      inProgress.stream().write(new byte[10]);
      assertTrue(Files.exists(vault.location(inProgress.commit().blobId())));
    }
    assertEquals(0, vault.sweepPartials(Instant.now().plusSeconds(60)), "nothing else to sweep");
  }

  @Test
  void theSweepOfAVaultNotYetCreatedFindsNothing() throws IOException {
    assertEquals(
        0, new EvidenceVault(root.resolve("never-made"), MASTER).sweepPartials(Instant.now()));
  }

  private Stream<Path> partialFiles() throws IOException {
    return Files.walk(root).filter(path -> path.toString().endsWith(".partial")).toList().stream();
  }
}
