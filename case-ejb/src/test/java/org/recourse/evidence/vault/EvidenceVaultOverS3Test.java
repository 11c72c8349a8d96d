package org.recourse.evidence.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recourse.evidence.video.VideoFrame;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoReader;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The vault with its ciphertext in an S3-compatible bucket, end to end with generated media. */
class EvidenceVaultOverS3Test {

  private static final byte[] MASTER = new byte[32];
  private static final byte[] AD = "recourse-evidence:v1:7:item".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path folder;
  private static InJvmS3 server;
  private static EvidenceVault vault;

  static {
    new Random(11).nextBytes(MASTER);
  }

  @BeforeAll
  static void start() throws Exception {
    server = new InJvmS3(folder);
    vault = new EvidenceVault(new S3BlobStore(server.client(), InJvmS3.BUCKET), MASTER);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static StoredBlob store(byte[] data) throws IOException {
    try (EvidenceVault.BlobWriter writer = vault.create(AD)) {
      writer.stream().write(data);
      return writer.commit();
    }
  }

  private static byte[] object(String blobId) {
    ResponseBytes<GetObjectResponse> bytes =
        server
            .client()
            .getObjectAsBytes(get -> get.bucket(InJvmS3.BUCKET).key(S3BlobStore.key(blobId)));
    return bytes.asByteArray();
  }

  private static boolean exists(String blobId) {
    try {
      object(blobId);
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  @Test
  void anImageRoundTripsAndOnlyCiphertextReachesTheBucket() throws IOException {
    byte[] image = TestMedia.bytes(TestMedia.Fixture.PHOTO_JPEG);
    StoredBlob blob = store(image);

    byte[] stored = object(blob.blobId());
    assertEquals(blob.storedBytes(), stored.length);
    assertTrue(stored.length > image.length, "ciphertext carries a header and tags");
    assertEquals(-1, indexOf(stored, Arrays.copyOfRange(image, 0, 64)), "no plaintext run");
    try (InputStream in = vault.open(blob.blobId(), blob.wrappedKey(), AD)) {
      assertArrayEquals(image, in.readAllBytes());
    }
    try (SeekableByteChannel channel = vault.openSeekable(blob.blobId(), blob.wrappedKey(), AD)) {
      assertEquals(image.length, channel.size());
      ByteBuffer tail = ByteBuffer.allocate(100);
      channel.position(image.length - 100L);
      while (tail.hasRemaining() && channel.read(tail) > 0) {
        // reads until the buffer is full
      }
      assertArrayEquals(Arrays.copyOfRange(image, image.length - 100, image.length), tail.array());
    }
  }

  @Test
  void aVideoStoredInTheBucketDecodesFrameForFrameLikeTheFile() throws IOException {
    StoredBlob blob = store(TestVideos.bytes(Video.SOURCE));
    try (VideoReader fromBucket =
            VideoReader.open(
                () -> vault.openSeekable(blob.blobId(), blob.wrappedKey(), AD),
                VideoLimits.DEFAULT);
        VideoReader fromFile =
            VideoReader.open(TestVideos.file(Video.SOURCE), VideoLimits.DEFAULT)) {
      assertEquals(fromFile.info(), fromBucket.info());
      int count = 0;
      for (VideoFrame expected = fromFile.next(); expected != null; expected = fromFile.next()) {
        VideoFrame actual = fromBucket.next();
        assertNotNull(actual, "frame " + count);
        assertEquals(expected.timestampSeconds(), actual.timestampSeconds(), 1e-9);
        assertArrayEquals(pixels(expected), pixels(actual), "frame " + count);
        count++;
      }
      assertNull(fromBucket.next());
      assertEquals(TestVideos.FPS * TestVideos.SECONDS, count);
    }
  }

  @Test
  void aLargeFileCrossesPartsAndSegmentsIntact() throws IOException {
    byte[] data = new byte[S3BlobStore.PART_BYTES + (3 << 20) + 12_345];
    new Random(12).nextBytes(data);
    StoredBlob blob = store(data);
    try (InputStream in = vault.open(blob.blobId(), blob.wrappedKey(), AD)) {
      assertArrayEquals(data, in.readAllBytes());
    }
    try (SeekableByteChannel channel = vault.openSeekable(blob.blobId(), blob.wrappedKey(), AD)) {
      long start = S3BlobStore.PART_BYTES - 1000L;
      channel.position(start);
      ByteBuffer read = ByteBuffer.allocate(3 << 20);
      while (read.hasRemaining() && channel.read(read) > 0) {
        // reads across the part and segment boundaries
      }
      assertArrayEquals(
          Arrays.copyOfRange(data, (int) start, (int) start + read.capacity()), read.array());
    }
  }

  @Test
  void aWriterClosedWithoutCommitLeavesNothingInTheBucket() throws IOException {
    Set<String> before = uploadKeys();
    String key;
    try (EvidenceVault.BlobWriter writer = vault.create(AD)) {
      writer.stream().write(new byte[S3BlobStore.PART_BYTES + 100]);
      Set<String> begun = uploadKeys();
      begun.removeAll(before);
      assertEquals(1, begun.size(), "a full part went up as a multipart upload");
      key = begun.iterator().next();
    }
    assertFalse(uploadKeys().contains(key), "the multipart upload was aborted");
    assertFalse(exists(key.substring(3)));
  }

  @Test
  void aShreddedItemIsUnreadableAndItsObjectGone() throws IOException {
    StoredBlob blob = store(TestMedia.bytes(TestMedia.Fixture.PHOTO_JPEG));
    // Crypto-shredding as EvidenceShredder does it: the key is destroyed, then the object deleted.
    String destroyedKey = null;
    vault.delete(blob.blobId());

    assertFalse(exists(blob.blobId()));
    assertThrows(NullPointerException.class, () -> vault.open(blob.blobId(), destroyedKey, AD));
    assertThrows(
        NullPointerException.class, () -> vault.openSeekable(blob.blobId(), destroyedKey, AD));
    assertThrows(
        NoSuchFileException.class,
        () -> vault.open(blob.blobId(), blob.wrappedKey(), AD),
        "even a copy of the old key finds nothing");
  }

  @Test
  void aLocalPathIsOnlyForALocalStore() {
    assertThrows(UnsupportedOperationException.class, () -> vault.location(BlobIds.random()));
  }

  private static Set<String> uploadKeys() {
    return server
        .client()
        .listMultipartUploads(list -> list.bucket(InJvmS3.BUCKET))
        .uploads()
        .stream()
        .map(MultipartUpload::key)
        .collect(Collectors.toCollection(HashSet::new));
  }

  private static byte[] pixels(VideoFrame frame) {
    return ((DataBufferByte) frame.image().getRaster().getDataBuffer()).getData();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
