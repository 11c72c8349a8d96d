package org.recourse.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldKeysTest {

  @TempDir Path dir;

  private final Logger logger = Logger.getLogger(FieldKeys.class.getName());
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
          logged.add(logRecord);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void recordLog() {
    logger.addHandler(recorder);
  }

  @AfterEach
  void stopRecording() {
    logger.removeHandler(recorder);
  }

  @Test
  void configuredKeyIsUsedAndNoFileIsCreated() {
    byte[] configured = new byte[32];
    configured[0] = 42;
    Path file = dir.resolve("field.key");

    byte[] key =
        FieldKeys.loadOrCreate(
            Optional.of(" " + Base64.getEncoder().encodeToString(configured) + "\n"), file);

    assertArrayEquals(configured, key);
    assertFalse(Files.exists(file));
    assertTrue(logged.isEmpty());
  }

  @Test
  void configuredKeyOfWrongLengthIsRejected() {
    String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> FieldKeys.loadOrCreate(Optional.of(sixteenBytes), dir.resolve("field.key")));

    assertTrue(failure.getMessage().contains("recourse.field.key"));
    assertTrue(failure.getMessage().contains("RECOURSE_FIELD_KEY"));
    assertFalse(failure.getMessage().contains(sixteenBytes));
  }

  @Test
  void configuredKeyThatIsNotBase64IsRejected() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> FieldKeys.loadOrCreate(Optional.of("not-a-key!"), dir.resolve("field.key")));

    assertTrue(failure.getMessage().contains("recourse.field.key"));
    assertFalse(failure.getMessage().contains("not-a-key!"));
  }

  @Test
  void devKeyIsCreatedOnceAndReused() throws IOException {
    Path file = dir.resolve("data").resolve("keys").resolve("field.key");

    byte[] first = FieldKeys.loadOrCreate(Optional.empty(), file);
    String stored = Files.readString(file, StandardCharsets.US_ASCII);
    byte[] second = FieldKeys.loadOrCreate(Optional.empty(), file);

    assertEquals(FieldCipher.KEY_BYTES, first.length);
    assertArrayEquals(first, second);
    assertArrayEquals(first, Base64.getDecoder().decode(stored.strip()));
  }

  @Test
  void devKeysOfTwoInstallationsDiffer() {
    byte[] one = FieldKeys.loadOrCreate(Optional.empty(), dir.resolve("one.key"));
    byte[] other = FieldKeys.loadOrCreate(Optional.empty(), dir.resolve("other.key"));

    assertFalse(Arrays.equals(one, other));
  }

  @Test
  void devKeyFileIsReadableByItsOwnerOnly() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path file = dir.resolve("keys").resolve("field.key");

    FieldKeys.loadOrCreate(Optional.empty(), file);

    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    assertEquals(
        PosixFilePermissions.fromString("rwx------"),
        Files.getPosixFilePermissions(file.getParent()));
  }

  @Test
  void devKeyUseIsWarnedWithoutLoggingTheKey() {
    byte[] key = FieldKeys.loadOrCreate(Optional.empty(), dir.resolve("field.key"));

    assertEquals(1, logged.size());
    LogRecord warning = logged.get(0);
    assertEquals(Level.WARNING, warning.getLevel());
    assertTrue(warning.getMessage().contains("development key"));
    assertFalse(warning.getMessage().contains(Base64.getEncoder().encodeToString(key)));
  }

  @Test
  void damagedDevKeyFileIsRejected() throws IOException {
    Path file = dir.resolve("field.key");
    Files.writeString(file, Base64.getEncoder().encodeToString(new byte[8]));

    assertThrows(IllegalStateException.class, () -> FieldKeys.loadOrCreate(Optional.empty(), file));
  }
}
