package org.recourse.evidence.vpdq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.testmedia.RequiresVpdqVectors;

/**
 * Conformance of vPDQ matching with Meta ThreatExchange's reference on its vectors ({@code
 * vpdq-vectors}): hashing every frame of each video present, the match decision for every ordered
 * pair is the reference's ({@code expected-matches.csv}), and with black-bar cropping on no video
 * matches one of another family. The full matrix of both modes goes to {@code
 * target/vpdq-matrix.csv}. Frame-level conformance is {@link VpdqFrameConformanceTest}'s; the
 * barred copies matching their original with cropping are not yet met on every video and are not
 * asserted here.
 */
@RequiresVpdqVectors
class VpdqMatchConformanceTest {

  @Test
  void everyMatchDecisionIsTheReferences() throws IOException {
    Map<String, VpdqMatch[]> matrix = VpdqVectors.matrix();
    Map<String, Boolean> expected = VpdqVectors.expectedMatches();
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, VpdqMatch[]> pair : matrix.entrySet()) {
      if (!expected.containsKey(pair.getKey())
          || expected.get(pair.getKey()) != pair.getValue()[0].matches()) {
        differing.add(pair.getKey() + " " + pair.getValue()[0]);
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
  void withCroppingNoVideoMatchesOneOfAnotherFamily() throws IOException {
    List<String> crossing = new ArrayList<>();
    for (Map.Entry<String, VpdqMatch[]> pair : VpdqVectors.matrix().entrySet()) {
      String[] names = pair.getKey().split(",");
      if (!VpdqVectors.family(names[0]).equals(VpdqVectors.family(names[1]))
          && pair.getValue()[1].matches()) {
        crossing.add(pair.getKey() + " " + pair.getValue()[1]);
      }
    }
    assertEquals(List.of(), crossing);
  }
}
