package org.recourse.evidence.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.capture.CaptureViews.TextPassages;

/** The passages a search of a captured page's text shows. */
class TextPassagesTest {

  private static Pattern search(String words) {
    return Pattern.compile(Pattern.quote(words), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @Test
  void aMatchIsShownInItsContextWithWhiteSpaceCollapsedAndLetterCaseIgnored() {
    String text = "Posted by\n\n  a throwaway account:   SYNTHETIC   photo album, page 2";

    List<String> passages = TextPassages.find(text, search("synthetic"));

    assertEquals(List.of("Posted by a throwaway account: SYNTHETIC photo album, page 2"), passages);
  }

  @Test
  void aLongTextIsCutAroundTheMatchAndSaysSo() {
    String text = "x".repeat(500) + " the album " + "y".repeat(500);

    String passage = TextPassages.find(text, search("album")).get(0);

    assertTrue(passage.startsWith("… "), passage);
    assertTrue(passage.endsWith(" …"), passage);
    assertTrue(passage.contains("the album"), passage);
    assertTrue(passage.length() < 2 * TextPassages.CONTEXT + 20, passage);
  }

  @Test
  void atMostAFewPassagesAreShownAndNoneOverlaps() {
    String text = ("photo " + "z".repeat(200) + " ").repeat(10);

    List<String> passages = TextPassages.find(text, search("photo"));

    assertEquals(TextPassages.MAX_PASSAGES, passages.size());
    List<String> close = TextPassages.find("photo photo photo", search("photo"));
    assertEquals(List.of("photo photo photo"), close);
  }

  @Test
  void nothingIsShownWithoutAMatch() {
    assertTrue(TextPassages.find("a page about something else", search("album")).isEmpty());
  }

  @Test
  void searchedWordsAreTakenLiterallyNotAsAPattern() {
    assertTrue(TextPassages.find("a page", search(".*")).isEmpty());
    assertEquals(1, TextPassages.find("costs $5 (or more)", search("$5 (or")).size());
  }
}
