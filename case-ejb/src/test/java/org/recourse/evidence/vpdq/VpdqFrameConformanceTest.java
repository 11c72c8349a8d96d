package org.recourse.evidence.vpdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testmedia.RequiresVpdqVectors;

/**
 * Frame-level conformance of vPDQ with Meta ThreatExchange's reference on its vectors ({@code
 * vpdq-vectors}), as the video issue asks: for each video present, every frame hashed at its
 * decoded size, at least 95 % of the frame hashes lie within 16 bits (the PDQ reference's own
 * tolerance) of the reference's hash of the same frame, and the frames are the same in number.
 */
@RequiresVpdqVectors
class VpdqFrameConformanceTest {

  private static final int REFERENCE_TOLERANCE = 16;
  private static final double REQUIRED_SHARE = 0.95;

  static List<String> videos() {
    return VpdqVectors.videos();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("videos")
  void atLeast95PercentOfFrameHashesAreWithin16BitsOfTheReferences(String video)
      throws IOException {
    List<VpdqFrame> reference = VpdqVectors.referenceHashes(video);
    Map<Integer, VpdqFrame> ours =
        VpdqVectors.hashes(video, VpdqVectors.Mode.PLAIN).stream()
            .collect(Collectors.toMap(VpdqFrame::frameNumber, Function.identity()));

    int within = 0;
    int largest = 0;
    for (VpdqFrame expected : reference) {
      VpdqFrame actual = ours.get(expected.frameNumber());
      if (actual != null) {
        int distance = actual.hash().distanceTo(expected.hash());
        largest = Math.max(largest, distance);
        if (distance <= REFERENCE_TOLERANCE) {
          within++;
        }
      }
    }
    System.out.printf(
        "[conformance] %s: %d of %d frame hashes within %d bits of the reference's, at most %d"
            + " bits away%n",
        video, within, reference.size(), REFERENCE_TOLERANCE, largest);
    assertEquals(reference.size(), ours.size(), "frames decoded");
    int matched = within;
    assertTrue(
        matched >= REQUIRED_SHARE * reference.size(),
        () -> matched + " of " + reference.size() + " frames within " + REFERENCE_TOLERANCE);
  }
}
