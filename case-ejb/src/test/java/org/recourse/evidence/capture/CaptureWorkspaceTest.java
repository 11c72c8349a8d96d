package org.recourse.evidence.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A capture's plaintext working files live under the data directory, and those a killed server left
 * behind are deleted at the next start, while a capture of the running server is kept.
 */
class CaptureWorkspaceTest {

  @TempDir Path data;
  private String before;

  @BeforeEach
  void pointTheDataDirectoryHere() {
    before = System.getProperty("recourse.data.dir");
    System.setProperty("recourse.data.dir", data.toString());
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty("recourse.data.dir");
    } else {
      System.setProperty("recourse.data.dir", before);
    }
  }

  @Test
  void aCaptureDirectoryIsMadeUnderTheDataDirectory() throws Exception {
    Path directory = CaptureWorkspace.newDirectory(CaptureWorkspace.CAPTURE_PREFIX);
    assertTrue(directory.startsWith(data.resolve("capture-work")), directory.toString());
    assertTrue(directory.getFileName().toString().startsWith("recourse-capture-"));
  }

  @Test
  void leftoversOfAnEarlierServerAreSweptAndRunningCapturesKept() throws Exception {
    Instant serverStart = Instant.now();
    Path left = CaptureWorkspace.newDirectory(CaptureWorkspace.CAPTURE_PREFIX);
    Files.writeString(left.resolve("capture.warc"), "synthetic");
    Files.createDirectory(left.resolve("chromium-profile"));
    Files.setLastModifiedTime(left, FileTime.from(serverStart.minus(Duration.ofHours(1))));
    Path running = CaptureWorkspace.newDirectory(CaptureWorkspace.CAPTURE_PREFIX);
    Files.setLastModifiedTime(running, FileTime.from(serverStart.plusSeconds(1)));
    Path other = Files.createDirectory(data.resolve("capture-work").resolve("not-a-capture"));
    Files.setLastModifiedTime(other, FileTime.from(serverStart.minus(Duration.ofHours(1))));

    assertEquals(1, CaptureWorkspace.sweep(serverStart));
    assertFalse(Files.exists(left));
    assertTrue(Files.exists(running));
    assertTrue(Files.exists(other));
  }
}
