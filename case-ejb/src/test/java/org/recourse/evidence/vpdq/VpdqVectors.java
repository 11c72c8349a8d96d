package org.recourse.evidence.vpdq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.recourse.testmedia.ReferenceVectors;

/**
 * The vPDQ reference vectors as the conformance tests use them: the videos present, the reference
 * hash files, the expected match decisions, and this implementation's hashes of each video (every
 * frame, nothing pruned, with and without bar cropping), each computed once per test run. Writes
 * the match matrix of both modes to {@code target/vpdq-matrix.csv}.
 */
final class VpdqVectors {

  private static final Map<String, List<VpdqFrame>> PLAIN = new ConcurrentHashMap<>();
  private static final Map<String, List<VpdqFrame>> CROPPED = new ConcurrentHashMap<>();

  private VpdqVectors() {}

  static Path dir() {
    return ReferenceVectors.vpdqDir();
  }

  /** Names of the videos present, without {@code .mp4}, sorted. */
  static List<String> videos() {
    try (Stream<Path> files = Files.list(dir().resolve("videos"))) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".mp4"))
          .map(name -> name.substring(0, name.length() - 4))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<VpdqFrame> referenceHashes(String video) throws IOException {
    return VpdqTextFormat.parse(Files.readString(dir().resolve("hashes").resolve(video + ".txt")));
  }

  /** {@code query,compared} to whether the reference found them matching. */
  static Map<String, Boolean> expectedMatches() throws IOException {
    Map<String, Boolean> expected = new HashMap<>();
    for (String line : Files.readAllLines(dir().resolve("expected-matches.csv"))) {
      String[] fields = line.split(",");
      if (fields.length == 5 && !fields[0].equals("query")) {
        expected.put(fields[0] + "," + fields[1], fields[4].trim().equals("yes"));
      }
    }
    return expected;
  }

  static synchronized List<VpdqFrame> hashes(String video, boolean crop) throws IOException {
    Map<String, List<VpdqFrame>> cache = crop ? CROPPED : PLAIN;
    List<VpdqFrame> frames = cache.get(video);
    if (frames == null) {
      VpdqSettings settings = VpdqSettings.REFERENCE.withCropBlackBars(crop);
      frames =
          new VpdqHasher(settings).hash(dir().resolve("videos").resolve(video + ".mp4")).frames();
      cache.put(video, frames);
    }
    return frames;
  }

  /** The family a video belongs to: {@code chair}, {@code pattern}, {@code doorknob}, ... */
  static String family(String video) {
    return video.substring(0, video.indexOf('-'));
  }

  /** Every ordered pair of distinct videos matched in both modes, written as CSV. */
  static Map<String, VpdqMatch[]> matrix() throws IOException {
    List<String> videos = videos();
    Map<String, Boolean> expected = expectedMatches();
    VpdqMatcher matcher = new VpdqMatcher();
    Map<String, VpdqMatch[]> matrix = new HashMap<>();
    List<String> lines = new ArrayList<>();
    lines.add(
        "query,compared,queryMatchPercent,comparedMatchPercent,match,expected,"
            + "croppedQueryMatchPercent,croppedComparedMatchPercent,croppedMatch");
    for (String query : videos) {
      for (String compared : videos) {
        if (query.equals(compared)) {
          continue;
        }
        VpdqMatch plain = matcher.match(hashes(query, false), hashes(compared, false));
        VpdqMatch cropped = matcher.match(hashes(query, true), hashes(compared, true));
        String pair = query + "," + compared;
        matrix.put(pair, new VpdqMatch[] {plain, cropped});
        Boolean reference = expected.get(pair);
        lines.add(
            String.format(
                Locale.ROOT,
                "%s,%.1f,%.1f,%s,%s,%.1f,%.1f,%s",
                pair,
                plain.queryMatchPercent(),
                plain.comparedMatchPercent(),
                plain.matches() ? "yes" : "no",
                reference == null ? "" : reference ? "yes" : "no",
                cropped.queryMatchPercent(),
                cropped.comparedMatchPercent(),
                cropped.matches() ? "yes" : "no"));
      }
    }
    Path out = Path.of("target", "vpdq-matrix.csv");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
    return matrix;
  }
}
