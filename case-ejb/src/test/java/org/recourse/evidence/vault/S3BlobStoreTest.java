package org.recourse.evidence.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MultipartUpload;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

class S3BlobStoreTest {

  @TempDir static Path folder;
  private static InJvmS3 server;
  private static S3Client s3;
  private static S3BlobStore store;

  @BeforeAll
  static void start() throws Exception {
    server = new InJvmS3(folder);
    s3 = server.client();
    store = new S3BlobStore(s3, InJvmS3.BUCKET);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static byte[] bytes(int length, long seed) {
    byte[] data = new byte[length];
    new Random(seed).nextBytes(data);
    return data;
  }

  private static boolean exists(String blobId) {
    try {
      s3.headObject(head -> head.bucket(InJvmS3.BUCKET).key(S3BlobStore.key(blobId)));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  private static List<MultipartUpload> openUploads(String blobId) {
    return s3.listMultipartUploads(list -> list.bucket(InJvmS3.BUCKET)).uploads().stream()
        .filter(upload -> upload.key().equals(S3BlobStore.key(blobId)))
        .toList();
  }

  private static byte[] store(String blobId, byte[] data) throws IOException {
    try (BlobStore.Upload upload = store.begin(blobId);
        OutputStream out = upload.stream()) {
      out.write(data);
      out.close();
      assertEquals(data.length, upload.commit());
    }
    return data;
  }

  @Test
  void aSmallBlobIsInvisibleUntilCommittedThenReadsBack() throws IOException {
    String blobId = BlobIds.random();
    byte[] data = bytes(300_000, 1);
    try (BlobStore.Upload upload = store.begin(blobId)) {
      upload.stream().write(data);
      assertFalse(exists(blobId), "nothing is visible before the commit");
      upload.stream().close();
      assertEquals(data.length, upload.commit());
    }
    assertTrue(exists(blobId));
    try (InputStream in = store.read(blobId)) {
      assertArrayEquals(data, in.readAllBytes());
    }
  }

  @Test
  void aLargeBlobGoesUpInPartsAndAppearsOnlyOnCommit() throws IOException {
    String blobId = BlobIds.random();
    byte[] data = bytes(2 * S3BlobStore.PART_BYTES + 123_457, 2);
    try (BlobStore.Upload upload = store.begin(blobId)) {
      OutputStream out = upload.stream();
      for (int at = 0; at < data.length; at += 100_000) {
        out.write(data, at, Math.min(100_000, data.length - at));
      }
      assertFalse(exists(blobId), "parts sent are not an object yet");
      assertEquals(1, openUploads(blobId).size(), "two full parts went up as one multipart upload");
      out.close();
      assertEquals(data.length, upload.commit());
    }
    assertTrue(openUploads(blobId).isEmpty());
    try (InputStream in = store.read(blobId)) {
      assertArrayEquals(data, in.readAllBytes());
    }
  }

  @Test
  void anUploadClosedWithoutCommitLeavesNothing() throws IOException {
    String small = BlobIds.random();
    try (BlobStore.Upload upload = store.begin(small)) {
      upload.stream().write(bytes(1000, 3));
    }
    String large = BlobIds.random();
    try (BlobStore.Upload upload = store.begin(large)) {
      upload.stream().write(bytes(S3BlobStore.PART_BYTES + 10, 4));
      assertEquals(1, openUploads(large).size());
    }
    assertFalse(exists(small));
    assertFalse(exists(large));
    assertTrue(openUploads(large).isEmpty(), "the multipart upload was aborted");
    assertThrows(NoSuchFileException.class, () -> store.read(large));
  }

  @Test
  void aFailedCommitAbortsAndLeavesNothing() throws IOException {
    String blobId = BlobIds.random();
    BlobStore.Upload upload = store.begin(blobId);
    upload.stream().write(bytes(S3BlobStore.PART_BYTES + 10, 5));
    String uploadId = openUploads(blobId).get(0).uploadId();
    s3.abortMultipartUpload(
        a -> a.bucket(InJvmS3.BUCKET).key(S3BlobStore.key(blobId)).uploadId(uploadId));
    assertThrows(IOException.class, upload::commit, "the server lost the upload");
    upload.close();
    assertFalse(exists(blobId));
  }

  @Test
  void aPartThatCouldNotBeSentIsNeverCompletedIntoAnObject() throws IOException {
    // The bucket refuses the second part once; the upload itself stays valid at the server.
    int[] partsTried = {0};
    S3Client flaky =
        (S3Client)
            Proxy.newProxyInstance(
                S3Client.class.getClassLoader(),
                new Class<?>[] {S3Client.class},
                (proxy, method, arguments) -> {
                  if (method.getName().equals("uploadPart") && ++partsTried[0] == 2) {
                    throw SdkException.create("refused for the test", null);
                  }
                  try {
                    return method.invoke(s3, arguments);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    S3BlobStore refusing = new S3BlobStore(flaky, InJvmS3.BUCKET);
    String blobId = BlobIds.random();
    BlobStore.Upload upload = refusing.begin(blobId);
    OutputStream out = upload.stream();
    out.write(bytes(S3BlobStore.PART_BYTES, 7));
    assertThrows(IOException.class, () -> out.write(bytes(S3BlobStore.PART_BYTES, 8)));
    assertThrows(IOException.class, upload::commit, "an object without its second part");
    upload.close();
    assertFalse(exists(blobId));
    assertTrue(openUploads(blobId).isEmpty(), "the multipart upload was aborted");
  }

  @Test
  void theSeekableChannelReadsAnyRangeWithRangedGets() throws IOException {
    String blobId = BlobIds.random();
    byte[] data = store(blobId, bytes(50_000, 6));
    try (SeekableByteChannel channel =
        new RangedChannel(s3, InJvmS3.BUCKET, S3BlobStore.key(blobId), data.length, 4096)) {
      assertEquals(data.length, channel.size());
      // Inside one window, across windows, backwards, at the very end and past it.
      for (long start : new long[] {10, 4090, 30_000, 5, data.length - 3L, 60_000}) {
        channel.position(start);
        ByteBuffer read = ByteBuffer.allocate(9000);
        int total = 0;
        for (int n = channel.read(read); n > 0; n = channel.read(read)) {
          total += n;
        }
        int expected = (int) Math.max(0, Math.min(9000, data.length - start));
        assertEquals(expected, total, "bytes from " + start);
        assertArrayEquals(
            Arrays.copyOfRange(
                data,
                (int) Math.min(start, data.length),
                (int) Math.min(start, data.length) + expected),
            Arrays.copyOf(read.array(), total));
      }
    }
    try (SeekableByteChannel channel = store.readSeekable(blobId)) {
      assertEquals(data.length, channel.size());
      channel.position(data.length);
      assertEquals(-1, channel.read(ByteBuffer.allocate(10)));
    }
  }

  @Test
  void deletingRemovesTheObjectAndIsQuietWhenItIsGone() throws IOException {
    String blobId = BlobIds.random();
    store(blobId, bytes(1000, 7));
    store.delete(blobId);
    assertFalse(exists(blobId));
    store.delete(blobId);
    assertThrows(NoSuchFileException.class, () -> store.read(blobId));
    assertThrows(NoSuchFileException.class, () -> store.readSeekable(blobId));
  }

  @Test
  void theSweepAbortsOnlyUploadsBegunBeforeTheServerStartedAndADayAgo() throws IOException {
    String cutOff = BlobIds.random();
    BlobStore.Upload killed = store.begin(cutOff);
    killed.stream().write(bytes(S3BlobStore.PART_BYTES, 8));
    assertEquals(1, openUploads(cutOff).size());
    Instant serverStart = Instant.now().plusSeconds(60);

    assertEquals(
        0,
        store.sweepPartials(Instant.now().minusSeconds(3600)),
        "an upload begun after this server started is not touched");
    assertEquals(
        0, store.sweepPartials(serverStart), "an upload less than a day old may be another node's");
    assertEquals(1, openUploads(cutOff).size());

    Clock aDayLater = Clock.offset(Clock.systemUTC(), Duration.ofDays(1).plusMinutes(2));
    S3BlobStore nextDay =
        new S3BlobStore(s3, InJvmS3.BUCKET, aDayLater, S3BlobStore.ABANDONED_AFTER);
    assertTrue(nextDay.sweepPartials(serverStart) >= 1);
    assertTrue(openUploads(cutOff).isEmpty());
    assertFalse(exists(cutOff));
  }

  @Test
  void onlyBlobIdsBecomeKeys() {
    assertEquals("ab/ab" + "0".repeat(30), S3BlobStore.key("ab" + "0".repeat(30)));
    assertThrows(IllegalArgumentException.class, () -> store.begin("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> store.read("AB" + "0".repeat(30)));
  }

  @Test
  void theConnectionNeverShowsItsKeys() {
    String shown = server.connection().toString();
    assertFalse(shown.contains("test-secret"), shown);
    assertFalse(shown.contains("test-access"), shown);
    assertTrue(shown.contains(InJvmS3.BUCKET));
  }
}
