package org.recourse.web.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.EvidenceViews.MatchKind;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.EvidenceViews.SegmentView;

class MatchWordsTest {

  @Test
  void aVideoMatchedWholeGivesBothSharesAndTheStretchesBothShow() {
    MatchView match =
        new MatchView(
            "v",
            1,
            "R-2026-0001",
            "clip.mp4",
            3,
            MatchKind.VIDEO,
            null,
            null,
            100.0,
            66.66,
            List.of(new SegmentView(1, 3.4, 12, 14), new SegmentView(20, 20, 30, 30)));

    assertEquals(
        "67 % of the query's frames match clip.mp4, 100 % of its frames match the query;"
            + " frames 0:01–0:03 of the query match 0:12–0:14 of clip.mp4;"
            + " frame 0:20 of the query matches 0:30 of clip.mp4",
        MatchWords.describe(match));
  }

  @Test
  void aStillMatchedToAVideoSaysWhereInTheVideo() {
    MatchView match =
        new MatchView(
            "v",
            1,
            "R-2026-0001",
            "clip.mp4",
            4,
            MatchKind.VIDEO,
            12.7,
            null,
            null,
            null,
            List.of());

    assertEquals("matches clip.mp4 at 0:12", MatchWords.describe(match));
  }

  @Test
  void anImageMatchedByAVideoSaysWhereInTheQuery() {
    MatchView match =
        new MatchView(
            "i",
            1,
            "R-2026-0001",
            "shot.png",
            0,
            MatchKind.IMAGE,
            null,
            3725.0,
            null,
            null,
            List.of());

    assertEquals("matches the query at 1:02:05", MatchWords.describe(match));
  }

  @Test
  void anImageMatchedByAnImageNeedsNoWords() {
    MatchView match =
        new MatchView(
            "i", 1, "R-2026-0001", "a.png", 5, MatchKind.IMAGE, null, null, null, null, List.of());

    assertEquals("", MatchWords.describe(match));
  }
}
