package org.recourse.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The encoding both tamper-evident logs hash their entries with (the access log and every evidence
 * item's chain of custody). An entry's hash is the SHA-256, in lower-case hex, of a canonical text
 * of its fields, the previous entry's hash last (64 zeros before the first entry): each field is
 * written as its length, a colon, its text and a semicolon, a missing field as a dash and a
 * semicolon, so no two different entries encode alike. Times are hashed at microsecond precision,
 * what both databases store. Each log keeps its own fields, their order, and its own check of the
 * walk.
 */
public final class HashChain {

  /** The "previous hash" of a chain's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  /** Times are stored and hashed at microsecond precision. */
  public static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The hash of an entry with these fields, in this order (null for a missing field). */
  public static String hash(String... fields) {
    StringBuilder text = new StringBuilder(320);
    for (String field : fields) {
      if (field == null) {
        text.append("-;");
      } else {
        text.append(field.length()).append(':').append(field).append(';');
      }
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
