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
 * frame, nothing pruned) in each {@link Mode}, each computed once per test run. Writes the match
 * matrix of all modes to {@code target/vpdq-matrix.csv}.
 */
final class VpdqVectors {

  /** How the frames are hashed. */
  enum Mode {
    /** As the reference: whole frames. */
    PLAIN(VpdqSettings.REFERENCE),
    /** Black bars cropped. */
    CROPPED(VpdqSettings.REFERENCE.withCropBlackBars(true)),
    /** Black bars cropped and static overlays painted over, as evidence is stored. */
    FILLED(VpdqSettings.REFERENCE.withCropBlackBars(true).withFillStaticOverlays(true));

    private final VpdqSettings settings;

    Mode(VpdqSettings settings) {
      this.settings = settings;
    }
  }

  private static final Map<Mode, Map<String, List<VpdqFrame>>> HASHES = new ConcurrentHashMap<>();

  private static Map<String, VpdqMatch[]> matrix;

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

  static synchronized List<VpdqFrame> hashes(String video, Mode mode) throws IOException {
    Map<String, List<VpdqFrame>> cache = HASHES.computeIfAbsent(mode, m -> new HashMap<>());
    List<VpdqFrame> frames = cache.get(video);
    if (frames == null) {
      frames =
          new VpdqHasher(mode.settings)
              .hash(dir().resolve("videos").resolve(video + ".mp4"))
              .frames();
      cache.put(video, frames);
    }
    return frames;
  }

  /** The family a video belongs to: {@code chair}, {@code pattern}, {@code doorknob}, ... */
  static String family(String video) {
    return video.substring(0, video.indexOf('-'));
  }

  /**
   * Every ordered pair of distinct videos matched in each mode (indexed by {@link Mode#ordinal()}),
   * written as CSV.
   */
  static synchronized Map<String, VpdqMatch[]> matrix() throws IOException {
    if (matrix != null) {
      return matrix;
    }
    List<String> videos = videos();
    Map<String, Boolean> expected = expectedMatches();
    VpdqMatcher matcher = new VpdqMatcher();
    Map<String, VpdqMatch[]> pairs = new HashMap<>();
    List<String> lines = new ArrayList<>();
    lines.add(
        "query,compared,queryMatchPercent,comparedMatchPercent,match,expected,"
            + "croppedQueryMatchPercent,croppedComparedMatchPercent,croppedMatch,"
            + "filledQueryMatchPercent,filledComparedMatchPercent,filledMatch");
    for (String query : videos) {
      for (String compared : videos) {
        if (query.equals(compared)) {
          continue;
        }
        VpdqMatch[] matches = new VpdqMatch[Mode.values().length];
        for (Mode mode : Mode.values()) {
          matches[mode.ordinal()] = matcher.match(hashes(query, mode), hashes(compared, mode));
        }
        String pair = query + "," + compared;
        pairs.put(pair, matches);
        Boolean reference = expected.get(pair);
        StringBuilder line = new StringBuilder(pair);
        for (Mode mode : Mode.values()) {
          VpdqMatch match = matches[mode.ordinal()];
          line.append(
              String.format(
                  Locale.ROOT,
                  ",%.1f,%.1f,%s",
                  match.queryMatchPercent(),
                  match.comparedMatchPercent(),
                  match.matches() ? "yes" : "no"));
          if (mode == Mode.PLAIN) {
            line.append(',').append(reference == null ? "" : reference ? "yes" : "no");
          }
        }
        lines.add(line.toString());
      }
    }
    Path out = Path.of("target", "vpdq-matrix.csv");
    Files.createDirectories(out.getParent());
    Files.write(out, lines);
    matrix = pairs;
    return matrix;
  }
}
