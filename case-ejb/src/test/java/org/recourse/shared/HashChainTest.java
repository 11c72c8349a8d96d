package org.recourse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HashChainTest {

  @Test
  void fieldsAreLengthPrefixedAndAMissingFieldIsADash() throws Exception {
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("3:abc;-;0:;".getBytes(StandardCharsets.UTF_8)));

    assertEquals(expected, HashChain.hash("abc", null, ""));
  }

  @Test
  void movingTextBetweenFieldsChangesTheHash() {
    assertNotEquals(HashChain.hash("ab", "c"), HashChain.hash("a", "bc"));
    assertNotEquals(HashChain.hash("-", null), HashChain.hash(null, "-"));
  }

  @Test
  void timesAreKeptToTheMicrosecond() {
    assertEquals(
        Instant.parse("2026-11-20T14:05:00.123456Z"),
        HashChain.truncate(Instant.parse("2026-11-20T14:05:00.123456789Z")));
  }

  @Test
  void theFirstEntryFollowsSixtyFourZeros() {
    assertEquals("0".repeat(64), HashChain.GENESIS);
  }
}
