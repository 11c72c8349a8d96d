package org.recourse.evidence.vpdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.pdq.PdqHash;

class VpdqMatcherTest {

  private final VpdqMatcher matcher = new VpdqMatcher();

  @Test
  void clipMatchesTheLongerVideoItWasCutFromWhenTheClipIsCompared() {
    List<PdqHash> scenes = randomHashes(10, 1);
    List<VpdqFrame> longer = video(scenes, 100);
    List<VpdqFrame> clip = video(scenes.subList(3, 6), 100);

    VpdqMatch match = matcher.match(longer, clip);

    assertEquals(100.0, match.comparedMatchPercent());
    assertEquals(30.0, match.queryMatchPercent());
    assertTrue(match.matches());
    assertEquals(List.of(new TimeSegment(0, 2)), match.segments());
    assertEquals(List.of(new TimeSegment(3, 5)), match.querySegments());
  }

  @Test
  void longerVideoDoesNotMatchAClipBecauseTooFewOfItsFramesMatch() {
    List<PdqHash> scenes = randomHashes(10, 1);

    VpdqMatch match = matcher.match(video(scenes.subList(3, 6), 100), video(scenes, 100));

    assertEquals(30.0, match.comparedMatchPercent());
    assertFalse(match.matches());
  }

  @Test
  void framesMatchAtDistance31ButNot32() {
    PdqHash base = randomHashes(1, 2).get(0);

    assertTrue(matcher.match(one(base), one(flipped(base, 31))).matches());
    assertFalse(matcher.match(one(base), one(flipped(base, 32))).matches());
  }

  @Test
  void framesBelowQuality50AreLeftOutOfBothVideos() {
    List<PdqHash> hashes = randomHashes(5, 3);
    List<VpdqFrame> query = video(hashes, 100);
    List<VpdqFrame> compared = new ArrayList<>(video(hashes.subList(0, 4), 100));
    compared.add(new VpdqFrame(4, 49, randomHashes(1, 4).get(0), 4));

    VpdqMatch match = matcher.match(query, compared);

    assertEquals(100.0, match.comparedMatchPercent());
    assertEquals(80.0, match.queryMatchPercent());
    assertTrue(match.matches());
  }

  @Test
  void videosWithoutAFrameOfQualityNeverMatch() {
    List<PdqHash> hashes = randomHashes(3, 5);

    VpdqMatch match = matcher.match(video(hashes, 10), video(hashes, 10));

    assertEquals(0.0, match.comparedMatchPercent());
    assertFalse(match.matches());
  }

  @Test
  void comparedShareExactly80PercentMatches() {
    List<PdqHash> hashes = randomHashes(5, 6);
    List<PdqHash> compared = new ArrayList<>(hashes.subList(0, 4));
    compared.add(randomHashes(1, 7).get(0));

    VpdqMatch match = matcher.match(video(hashes, 100), video(compared, 100));

    assertEquals(80.0, match.comparedMatchPercent());
    assertTrue(match.matches());
  }

  @Test
  void queryThresholdIsHonouredWhenSet() {
    List<PdqHash> scenes = randomHashes(10, 8);
    VpdqMatcher strict = new VpdqMatcher(31, 50, 80, 50);

    assertFalse(strict.match(video(scenes, 100), video(scenes.subList(0, 3), 100)).matches());
    assertTrue(strict.match(video(scenes, 100), video(scenes.subList(0, 5), 100)).matches());
  }

  @Test
  void segmentsAreRunsOfConsecutiveMatchingComparedFrames() {
    List<PdqHash> hashes = randomHashes(6, 9);
    List<PdqHash> other = randomHashes(6, 10);
    List<PdqHash> compared =
        List.of(
            hashes.get(0), hashes.get(1), other.get(0), hashes.get(2), hashes.get(3), other.get(1));

    VpdqMatch match = matcher.match(video(hashes, 100), video(compared, 100));

    assertEquals(List.of(new TimeSegment(0, 1), new TimeSegment(3, 4)), match.segments());
  }

  private static List<VpdqFrame> video(List<PdqHash> hashes, int quality) {
    List<VpdqFrame> frames = new ArrayList<>();
    for (int i = 0; i < hashes.size(); i++) {
      frames.add(new VpdqFrame(i, quality, hashes.get(i), i));
    }
    return frames;
  }

  private static List<VpdqFrame> one(PdqHash hash) {
    return List.of(new VpdqFrame(0, 100, hash, 0));
  }

  static List<PdqHash> randomHashes(int count, long seed) {
    Random random = new Random(seed);
    List<PdqHash> hashes = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < PdqHash.BITS / 4; i++) {
        hex.append(Character.forDigit(random.nextInt(16), 16));
      }
      hashes.add(PdqHash.fromHex(hex.toString()));
    }
    return hashes;
  }

  private static PdqHash flipped(PdqHash hash, int count) {
    StringBuilder hex = new StringBuilder(hash.toHex());
    for (int i = 0; i < count; i++) {
      int digit = Character.digit(hex.charAt(i), 16) ^ 1;
      hex.setCharAt(i, Character.forDigit(digit, 16));
    }
    return PdqHash.fromHex(hex.toString());
  }
}
