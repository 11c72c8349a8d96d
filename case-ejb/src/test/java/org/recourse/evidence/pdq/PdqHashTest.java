package org.recourse.evidence.pdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdqHashTest {

  private static final String BRIDGE =
      "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22";
  private static final String ZEROS =
      "0000000000000000000000000000000000000000000000000000000000000000";
  private static final String ONES =
      "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

  @ParameterizedTest
  @ValueSource(
      strings = {
        BRIDGE,
        ZEROS,
        ONES,
        "8000000000000000000000000000000000000000000000000000000000000001"
      })
  void hexRoundTrips(String hex) {
    assertEquals(hex, PdqHash.fromHex(hex).toHex());
  }

  @Test
  void uppercaseHexIsAcceptedAndWrittenBackInLowercase() {
    assertEquals(BRIDGE, PdqHash.fromHex(BRIDGE.toUpperCase()).toHex());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b2",
        "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b220",
        "g8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22",
        "+8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22",
        "d8f8f0cce0f4a84f 0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b2"
      })
  void malformedHexIsRejected(String hex) {
    assertThrows(IllegalArgumentException.class, () -> PdqHash.fromHex(hex));
  }

  @Test
  void distanceIsHammingDistance() {
    PdqHash zeros = PdqHash.fromHex(ZEROS);
    PdqHash bridge = PdqHash.fromHex(BRIDGE);

    assertEquals(0, bridge.distanceTo(bridge));
    assertEquals(256, zeros.distanceTo(PdqHash.fromHex(ONES)));
    assertEquals(1, zeros.distanceTo(PdqHash.fromHex("0".repeat(63) + "1")));
    assertEquals(1, zeros.distanceTo(PdqHash.fromHex("8" + "0".repeat(63))));
    assertEquals(4, zeros.distanceTo(PdqHash.fromHex("0".repeat(20) + "f" + "0".repeat(43))));
    assertEquals(Long.bitCount(0x0e37L ^ 0x0637L), bridge.distanceTo(bridge("0637", 16)));
    assertEquals(bridge.distanceTo(zeros), zeros.distanceTo(bridge));
    assertEquals(bitsSetIn(BRIDGE), bridge.distanceTo(zeros));
  }

  @Test
  void matchThresholdIs31Bits() {
    PdqHash zeros = PdqHash.fromHex(ZEROS);
    assertTrue(zeros.matches(PdqHash.fromHex("7fffffff" + "0".repeat(56))));
    assertFalse(zeros.matches(PdqHash.fromHex("ffffffff" + "0".repeat(56))));
  }

  @Test
  void bitIndexCountsFromTheLastHexDigit() {
    boolean[] bits = new boolean[PdqHash.BITS];
    bits[0] = true;
    bits[17] = true;
    bits[255] = true;
    assertEquals("8" + "0".repeat(58) + "20001", PdqHash.fromBits(bits).toHex());
  }

  @Test
  void equalHashesAreEqualValues() {
    PdqHash a = PdqHash.fromHex(BRIDGE);
    PdqHash b = PdqHash.fromHex(BRIDGE.toUpperCase());

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, PdqHash.fromHex(ZEROS));
    assertEquals(BRIDGE, a.toString());
  }

  private static PdqHash bridge(String replacement, int at) {
    return PdqHash.fromHex(
        BRIDGE.substring(0, at) + replacement + BRIDGE.substring(at + replacement.length()));
  }

  private static int bitsSetIn(String hex) {
    return hex.chars().map(c -> Integer.bitCount(Character.digit(c, 16))).sum();
  }
}
