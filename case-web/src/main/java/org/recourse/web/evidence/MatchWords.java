package org.recourse.web.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recourse.evidence.EvidenceViews.MatchKind;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.EvidenceViews.SegmentView;

/**
 * A look-alike in words for the case page: for a video matched as a whole, the shares of frames
 * that match both ways and the stretches both show ("frames 0:01–0:03 of the query match 0:12–0:14
 * of clip.mp4"); for a still matched to a video, where in the video ("matches clip.mp4 at 0:12");
 * for a still matched to a frame of the query video, where in the query. Times are whole seconds,
 * m:ss or h:mm:ss.
 */
public final class MatchWords {

  private MatchWords() {}

  /** The sentence for one look-alike; empty for an image matched by an image. */
  public static String describe(MatchView match) {
    if (match.comparedPercent() != null && match.queryPercent() != null) {
      List<String> parts = new ArrayList<>();
      parts.add(
          String.format(
              Locale.ROOT,
              "%s of the query's frames match %s, %s of its frames match the query",
              percent(match.queryPercent()),
              match.fileName(),
              percent(match.comparedPercent())));
      for (SegmentView segment : match.segments()) {
        parts.add(segment(segment, match.fileName()));
      }
      return String.join("; ", parts);
    }
    if (match.kind() == MatchKind.VIDEO && match.frameTimeSeconds() != null) {
      return "matches " + match.fileName() + " at " + time(match.frameTimeSeconds());
    }
    if (match.queryTimeSeconds() != null) {
      return "matches the query at " + time(match.queryTimeSeconds());
    }
    return "";
  }

  static String segment(SegmentView segment, String fileName) {
    boolean oneFrame = segment.queryStart() == segment.queryEnd();
    return (oneFrame ? "frame " : "frames ")
        + span(segment.queryStart(), segment.queryEnd())
        + " of the query "
        + (oneFrame ? "matches " : "match ")
        + span(segment.matchStart(), segment.matchEnd())
        + " of "
        + fileName;
  }

  private static String span(double start, double end) {
    String from = time(start);
    String to = time(end);
    return from.equals(to) ? from : from + "–" + to;
  }

  /** Whole seconds as m:ss, or h:mm:ss from an hour on. */
  static String time(double seconds) {
    long whole = (long) Math.floor(Math.max(0, seconds));
    long hours = whole / 3600;
    long minutes = whole / 60 % 60;
    long secs = whole % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f %%", value);
  }
}
