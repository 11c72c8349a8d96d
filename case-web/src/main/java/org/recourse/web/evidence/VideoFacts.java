package org.recourse.web.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.evidence.EvidenceViews.EvidenceView;

/**
 * A video item's analysis and facts in words for the evidence tab: "Analysed: 4 frames hashed"
 * rather than DONE, "H.264" rather than FFmpeg's {@code h264}, "1 min 5 s" rather than 65.0.
 */
final class VideoFacts {

  /** FFmpeg's codec names as people know the codecs; others are shown upper-cased. */
  private static final Map<String, String> CODECS =
      Map.ofEntries(
          Map.entry("h264", "H.264"),
          Map.entry("hevc", "H.265 (HEVC)"),
          Map.entry("vp8", "VP8"),
          Map.entry("vp9", "VP9"),
          Map.entry("av1", "AV1"),
          Map.entry("mpeg4", "MPEG-4 Part 2"),
          Map.entry("mpeg2video", "MPEG-2"),
          Map.entry("mjpeg", "Motion JPEG"),
          Map.entry("prores", "Apple ProRes"));

  private VideoFacts() {}

  static String analysis(EvidenceView item) {
    if (item.analysisStatus() == null) {
      return "Not analysed";
    }
    return switch (item.analysisStatus()) {
      case PENDING -> "Analysing the video…";
      case DONE ->
          "Analysed"
              + (item.frameCount() == null
                  ? ""
                  : ": "
                      + item.frameCount()
                      + (item.frameCount() == 1 ? " frame" : " frames")
                      + " hashed (vPDQ)");
      case FAILED ->
          item.analysisNote() == null ? "The video could not be analysed" : item.analysisNote();
    };
  }

  static String describe(EvidenceView item) {
    List<String> facts = new ArrayList<>();
    if (item.durationSeconds() != null && item.durationSeconds() > 0) {
      facts.add(duration(item.durationSeconds()));
    }
    if (item.frameRate() != null && item.frameRate() > 0) {
      facts.add(rate(item.frameRate()) + " frames a second");
    }
    if (item.width() != null && item.height() != null) {
      facts.add(item.width() + " × " + item.height() + " pixels");
    }
    if (item.codec() != null) {
      facts.add(codec(item.codec()));
    }
    return String.join(" · ", facts);
  }

  static String rate(double framesPerSecond) {
    double whole = Math.rint(framesPerSecond);
    return Math.abs(framesPerSecond - whole) < 0.005
        ? String.format(Locale.ROOT, "%.0f", whole)
        : String.format(Locale.ROOT, "%.2f", framesPerSecond);
  }

  static String codec(String name) {
    return CODECS.getOrDefault(name, name.toUpperCase(Locale.ROOT));
  }

  static String duration(double seconds) {
    long whole = Math.round(seconds);
    if (whole < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long hours = whole / 3600;
    long minutes = (whole % 3600) / 60;
    long rest = whole % 60;
    return (hours > 0 ? hours + " h " : "") + minutes + " min " + rest + " s";
  }
}
