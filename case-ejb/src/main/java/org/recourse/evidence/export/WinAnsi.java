package org.recourse.evidence.export;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Text that the standard PDF fonts can draw. Helvetica as one of the standard 14 fonts is not
 * embedded and can only show the characters of WinAnsiEncoding (Windows code page 1252); PDFBox
 * refuses anything else, and evidence names often hold other scripts. Whitespace becomes a plain
 * space, a soft hyphen a hyphen, and every other character outside the encoding, controls included,
 * becomes '?'. The exact names stay in the manifest, which is UTF-8.
 */
final class WinAnsi {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  private WinAnsi() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    CharsetEncoder encoder = CP1252.newEncoder();
    StringBuilder result = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        result.append(' ');
      } else if (cp == '\u00ad') {
        result.append('-');
      } else if (Character.isBmpCodePoint(cp)
          && !Character.isISOControl(cp)
          && !Character.isSurrogate((char) cp)
          && encoder.canEncode((char) cp)) {
        result.append((char) cp);
      } else {
        result.append('?');
      }
    }
    return result.toString();
  }
}
