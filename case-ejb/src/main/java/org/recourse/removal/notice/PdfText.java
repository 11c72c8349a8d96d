package org.recourse.removal.notice;

import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text reduced to what the standard, non-embedded Helvetica can draw. PDFBox writes such a font
 * with WinAnsiEncoding and throws on any character that has no code there; notices quote names,
 * URLs and descriptions in any script. A character is kept when the Adobe glyph list names it and
 * WinAnsiEncoding has a code for that name, which is the test PDFBox itself applies; any whitespace
 * becomes a space, a soft hyphen is dropped, everything else becomes '?'. The text stays exact in
 * the notice itself; only its PDF copy is reduced.
 */
final class PdfText {

  private static final Encoding ENCODING = WinAnsiEncoding.INSTANCE;
  private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

  private PdfText() {}

  /** One line of text (no line breaks expected) as Helvetica can show it. */
  static String drawable(String text) {
    StringBuilder result = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                result.append(' ');
              } else if (cp != '\u00ad') {
                result.append(canDraw(cp) ? Character.toString(cp) : "?");
              }
            });
    return result.toString();
  }

  private static boolean canDraw(int cp) {
    if (Character.isISOControl(cp)) {
      return false;
    }
    String name = GLYPHS.codePointToName(cp);
    return !".notdef".equals(name) && ENCODING.contains(name);
  }
}
