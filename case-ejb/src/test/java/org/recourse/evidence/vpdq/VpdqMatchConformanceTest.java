package org.recourse.evidence.vpdq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.vpdq.VpdqVectors.Mode;
import org.recourse.testmedia.RequiresVpdqVectors;

/**
 * Conformance of vPDQ matching with Meta ThreatExchange's reference on its vectors ({@code
 * vpdq-vectors}): hashing every frame of each video present, the match decision for every ordered
 * pair is the reference's ({@code expected-matches.csv}); with black bars cropped, and with static
 * overlays painted over too, no video matches one of another family; and with both (as evidence is
 * hashed), every match the reference finds is kept, and the SD copies of the pattern video with
 * bars, grey tone and a small or a large drawing burnt in match the HD original both ways, which
 * the reference does not (0 %). The full matrix of every mode goes to {@code
 * target/vpdq-matrix.csv}. Frame-level conformance is {@link VpdqFrameConformanceTest}'s.
 */
@RequiresVpdqVectors
class VpdqMatchConformanceTest {

  private static final String ORIGINAL = "pattern-hd-no-bar";
  private static final List<String> COPIES =
      List.of(
          "pattern-sd-grey-bar",
          "pattern-sd-with-small-logo-bar",
          "pattern-sd-with-large-logo-bar");

  @Test
  void everyMatchDecisionIsTheReferences() throws IOException {
    Map<String, VpdqMatch[]> matrix = VpdqVectors.matrix();
    Map<String, Boolean> expected = VpdqVectors.expectedMatches();
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, VpdqMatch[]> pair : matrix.entrySet()) {
      VpdqMatch plain = pair.getValue()[Mode.PLAIN.ordinal()];
      if (!expected.containsKey(pair.getKey()) || expected.get(pair.getKey()) != plain.matches()) {
        differing.add(pair.getKey() + " " + plain);
      }
    }
    System.out.println(
        "[conformance] vPDQ match decisions: "
            + (matrix.size() - differing.size())
            + " of "
            + matrix.size()
            + " as the reference's");
    assertEquals(List.of(), differing);
  }

  @Test
  void withCroppingAndFillingNoVideoMatchesOneOfAnotherFamily() throws IOException {
    List<String> crossing = new ArrayList<>();
    for (Map.Entry<String, VpdqMatch[]> pair : VpdqVectors.matrix().entrySet()) {
      String[] names = pair.getKey().split(",");
      if (VpdqVectors.family(names[0]).equals(VpdqVectors.family(names[1]))) {
        continue;
      }
      for (Mode mode : List.of(Mode.CROPPED, Mode.FILLED)) {
        if (pair.getValue()[mode.ordinal()].matches()) {
          crossing.add(mode + " " + pair.getKey() + " " + pair.getValue()[mode.ordinal()]);
        }
      }
    }
    assertEquals(List.of(), crossing);
  }

  @Test
  void withCroppingAndFillingEveryMatchOfTheReferenceIsKept() throws IOException {
    Map<String, Boolean> expected = VpdqVectors.expectedMatches();
    List<String> lost = new ArrayList<>();
    for (Map.Entry<String, VpdqMatch[]> pair : VpdqVectors.matrix().entrySet()) {
      VpdqMatch filled = pair.getValue()[Mode.FILLED.ordinal()];
      if (Boolean.TRUE.equals(expected.get(pair.getKey())) && !filled.matches()) {
        lost.add(pair.getKey() + " " + filled);
      }
    }
    assertEquals(List.of(), lost);
  }

  @Test
  void barredAndDrawnOverCopiesMatchTheOriginalBothWaysWithCroppingAndFilling() throws IOException {
    Map<String, VpdqMatch[]> matrix = VpdqVectors.matrix();
    List<String> missed = new ArrayList<>();
    for (String copy : COPIES) {
      for (String pair : List.of(ORIGINAL + "," + copy, copy + "," + ORIGINAL)) {
        VpdqMatch[] matches = matrix.get(pair);
        if (matches != null && !matches[Mode.FILLED.ordinal()].matches()) {
          missed.add(pair + " " + matches[Mode.FILLED.ordinal()]);
        }
      }
    }
    assertEquals(List.of(), missed);
  }
}
