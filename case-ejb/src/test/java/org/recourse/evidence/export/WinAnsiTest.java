package org.recourse.evidence.export;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class WinAnsiTest {

  @Test
  void charactersOutsideWinAnsiBecomeQuestionMarks() {
    assertEquals("Zo\u00eb ??.jpg", WinAnsi.of("Zo\u00eb \u7167\u7247.jpg"));
  }

  @Test
  void controlsAndBidiOverridesAreReplacedAndWhitespaceBecomesASpace() {
    assertEquals("a b?c?d", WinAnsi.of("a\tb\u202ec\u0007d"));
    assertEquals("x y", WinAnsi.of("x\u00a0y"));
  }

  @Test
  void emojiOutsideTheBasicPlaneBecomesOneQuestionMark() {
    assertEquals("ok ?", WinAnsi.of("ok \ud83d\ude00"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", WinAnsi.of(null));
  }

  @Test
  void helveticaCanDrawWhateverComesOutForEveryCharacter() {
    StringBuilder everything = new StringBuilder();
    for (int cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 0x101) {
      everything.appendCodePoint(cp);
    }
    String safe = WinAnsi.of(everything.toString());
    for (Standard14Fonts.FontName name :
        new Standard14Fonts.FontName[] {
          Standard14Fonts.FontName.HELVETICA, Standard14Fonts.FontName.HELVETICA_BOLD
        }) {
      PDType1Font font = new PDType1Font(name);
      assertDoesNotThrow(() -> font.getStringWidth(safe));
      assertDoesNotThrow(() -> font.encode(safe));
    }
  }
}
