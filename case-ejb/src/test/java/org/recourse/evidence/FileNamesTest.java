package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

  @Test
  void directoryPartsAreStrippedWhicheverSeparatorIsUsed() {
    assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
    assertEquals("photo.jpg", FileNames.sanitise("C:\\Users\\x\\photo.jpg"));
    assertEquals("photo.jpg", FileNames.sanitise("..\\../mixed/..\\photo.jpg"));
  }

  @Test
  void markupCannotSurvive() {
    String name = FileNames.sanitise("<script>alert(1)</script>.png");

    assertFalse(name.contains("<"), name);
    assertFalse(name.contains(">"), name);
    assertTrue(name.endsWith(".png"), name);
  }

  @Test
  void reservedAndHtmlSignificantCharactersBecomeUnderscores() {
    assertEquals("a_b_c_d_e_f_g_h.jpg", FileNames.sanitise("a<b>c:d\"e|f?g*h.jpg"));
    assertEquals("Tom_s _ Jerry_s.png", FileNames.sanitise("Tom's & Jerry's.png"));
  }

  @Test
  void controlCharactersAndBidiOverridesAreRemoved() {
    assertEquals("invoicegpj.exe", FileNames.sanitise("invoice\u202egpj.exe"));
    assertEquals("ab.jpg", FileNames.sanitise("a\u0000\u0007b\u200b\ufeff\u2066.jpg"));
    assertEquals("line one.jpg", FileNames.sanitise("line\r\none.jpg"));
  }

  @Test
  void whitespaceCollapsesAndDotsAndSpacesAreTrimmedAtTheEnds() {
    assertEquals(
        "my holiday photo.jpg", FileNames.sanitise("  my \t holiday\u00a0\u00a0photo.jpg . "));
    assertEquals("hidden", FileNames.sanitise(".hidden"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "..", "...", "../", "dir\\", "\u202e\u200b", " . . "})
  void nothingUsableLeftFallsBackToEvidence(String name) {
    assertEquals("evidence", FileNames.sanitise(name));
  }

  @Test
  void veryLongNamesAreCutToTheLimitKeepingTheExtension() {
    String name = FileNames.sanitise("x".repeat(300) + ".jpg");

    assertEquals(FileNames.MAX_LENGTH, name.length());
    assertTrue(name.endsWith(".jpg"), name);
    assertEquals("x".repeat(FileNames.MAX_LENGTH - 4) + ".jpg", name);
  }

  @Test
  void shorteningNeverSplitsACharacterOutsideTheBasicPlane() {
    String name = FileNames.sanitise("\ud83d\udcf7".repeat(200) + ".jpg");

    assertEquals(FileNames.MAX_LENGTH, name.codePointCount(0, name.length()));
    assertTrue(name.endsWith(".jpg"), name);
    assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 5)), name);
  }

  @Test
  void ordinaryNamesInAnyScriptAreKept() {
    assertEquals("Zo\u00eb \u7167\u7247.jpg", FileNames.sanitise("Zo\u00eb \u7167\u7247.jpg"));
  }
}
