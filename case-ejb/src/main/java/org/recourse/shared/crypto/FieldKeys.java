package org.recourse.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where the field key comes from. A production installation configures it in {@value #PROPERTY} or
 * {@value #ENVIRONMENT_VARIABLE} as the base64 of 32 random bytes (for example {@code openssl rand
 * -base64 32}); losing it makes every encrypted field unreadable, so it is backed up — in a secret
 * store, apart from the database backups, never in the database, or a stolen backup would carry its
 * own key. Without one, as in development, a key is made once and kept in a file readable by its
 * owner only, and a warning says so each time it is loaded: data encrypted under it is only as safe
 * as that file. The key itself is never logged.
 */
public final class FieldKeys {

  /** The system property holding the field key. */
  public static final String PROPERTY = "recourse.field.key";

  /** The environment variable holding the field key. */
  public static final String ENVIRONMENT_VARIABLE = "RECOURSE_FIELD_KEY";

  private static final Logger LOG = Logger.getLogger(FieldKeys.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SETTING = PROPERTY + " / " + ENVIRONMENT_VARIABLE;

  private FieldKeys() {}

  /**
   * The configured key if there is one, else the development key in {@code devKeyFile}, created
   * with a fresh random key (and its missing parent directories) if it does not exist yet.
   *
   * @param configuredBase64 the configured setting, as base64 of 32 bytes
   * @return a new 32-byte array the caller may wipe once the key is in use
   * @throws IllegalStateException if the configured key or the key file is not base64 of 32 bytes
   * @throws UncheckedIOException if the key file cannot be read or created
   */
  public static byte[] loadOrCreate(Optional<String> configuredBase64, Path devKeyFile) {
    return loadOrCreate("field encryption key", SETTING, configuredBase64, devKeyFile);
  }

  /**
   * The same for another 32-byte key of the installation, such as the evidence master key.
   *
   * @param purpose what the key is for, in warnings and errors ("evidence master key")
   * @param setting the property and environment variable that configure it, for messages
   */
  public static byte[] loadOrCreate(
      String purpose, String setting, Optional<String> configuredBase64, Path devKeyFile) {
    if (configuredBase64.isPresent()) {
      return decode(configuredBase64.get(), "The " + purpose + " setting " + setting);
    }
    byte[] key = readOrCreate(devKeyFile);
    LOG.warning(
        () ->
            "No "
                + purpose
                + " is configured in "
                + setting
                + "; using the development key in "
                + devKeyFile.toAbsolutePath()
                + ". Configure a key of your own before storing real case data.");
    return key;
  }

  private static byte[] readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      try {
        return create(file);
      } catch (FileAlreadyExistsException createdMeanwhile) {
        return read(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the development key file " + file, e);
    }
  }

  private static byte[] read(Path file) throws IOException {
    return decode(
        Files.readString(file, StandardCharsets.US_ASCII), "The development key file " + file);
  }

  /** Creates the file with owner-only permissions from the start, so the key is never exposed. */
  private static byte[] create(Path file) throws IOException {
    boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      if (posix) {
        Files.createDirectories(parent, ownerOnly("rwx------"));
      } else {
        Files.createDirectories(parent);
      }
    }
    byte[] key = new byte[FieldCipher.KEY_BYTES];
    RANDOM.nextBytes(key);
    if (posix) {
      Files.createFile(file, ownerOnly("rw-------"));
    } else {
      Files.createFile(file);
    }
    try {
      Files.writeString(
          file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return key;
  }

  private static FileAttribute<?> ownerOnly(String permissions) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
  }

  private static byte[] decode(String base64, String source) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(source + " is not valid base64 of 32 bytes");
    }
    if (key.length != FieldCipher.KEY_BYTES) {
      int length = key.length;
      Arrays.fill(key, (byte) 0);
      throw new IllegalStateException(
          source
              + " must be the base64 of "
              + FieldCipher.KEY_BYTES
              + " random bytes (AES-256) but holds "
              + length
              + " bytes");
    }
    return key;
  }
}
