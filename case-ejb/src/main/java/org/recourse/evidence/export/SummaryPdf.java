package org.recourse.evidence.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one-page cover sheet of an export, for the officer or clerk who receives it: which case, who
 * exported it and when, what files it holds with their SHA-256, and how to check them. It is always
 * one page so that it can be printed and signed; when the items do not fit, it lists the first ones
 * and points to manifest.csv for the rest. The standard Helvetica font is used so that nothing has
 * to be embedded, which limits the text to WinAnsi (see {@link WinAnsi}).
 */
final class SummaryPdf {

  /** One item as listed on the page. */
  record Row(String number, String name, long size, String sha256, String mediaType) {}

  static final String TITLE = "Evidence export";
  static final String VERIFY_NOTE =
      "Each file's SHA-256 can be checked with sha256sum (for example: sha256sum items/*) and"
          + " compared with the value above and in manifest.csv. The custody log of each item is"
          + " in custody/.";

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float VALUE_COLUMN = MARGIN + 90;
  private static final float TITLE_SIZE = 18;
  private static final float TEXT_SIZE = 10;
  private static final float ROW_SIZE = 9;
  private static final float HASH_SIZE = 7.5f;
  private static final float LEADING = 1.35f;
  private static final float ROW_HEIGHT = ROW_SIZE * LEADING + HASH_SIZE * LEADING + 4;
  private static final int PURPOSE_MAX_LINES = 3;

  private static final float COLUMN_NUMBER = MARGIN;
  private static final float COLUMN_NAME = MARGIN + 28;
  private static final float COLUMN_SIZE_RIGHT = MARGIN + 330;
  private static final float COLUMN_TYPE = MARGIN + 345;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  private SummaryPdf() {}

  static byte[] render(ExportHeader header, List<Row> rows) throws IOException {
    return new SummaryPdf().draw(header, rows);
  }

  private byte[] draw(ExportHeader header, List<Row> rows) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      describe(document, header);
      float top = page.getMediaBox().getHeight() - MARGIN;
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        float y = drawHeader(content, header, rows.size(), top);
        drawItems(content, rows, y, footerTop());
        drawFooter(content);
      }
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      document.save(pdf);
      return pdf.toByteArray();
    }
  }

  private static void describe(PDDocument document, ExportHeader header) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(TITLE + " " + header.caseNumber());
    info.setAuthor(header.exportedBy());
    info.setCreationDate(GregorianCalendar.from(header.exportedAt().atZone(ZoneOffset.UTC)));
  }

  private float drawHeader(
      PDPageContentStream content, ExportHeader header, int itemCount, float top)
      throws IOException {
    float y = top - TITLE_SIZE;
    show(content, bold, TITLE_SIZE, MARGIN, y, TITLE);
    y -= TITLE_SIZE * 0.8f;
    y = labelled(content, "Case number", header.caseNumber(), y);
    y = labelled(content, "Exported by", header.exportedBy(), y);
    y = labelled(content, "Exported at", UTC_TIME.format(header.exportedAt()), y);
    String purpose =
        header.purpose() == null || header.purpose().isBlank() ? "-" : header.purpose();
    List<String> purposeLines =
        wrap(
            WinAnsi.of(purpose),
            regular,
            TEXT_SIZE,
            MARGIN + WIDTH - VALUE_COLUMN,
            PURPOSE_MAX_LINES);
    y = labelled(content, "Purpose", purposeLines.get(0), y);
    for (String line : purposeLines.subList(1, purposeLines.size())) {
      y -= TEXT_SIZE * LEADING;
      show(content, regular, TEXT_SIZE, VALUE_COLUMN, y, line);
    }
    y = labelled(content, "Items", String.valueOf(itemCount), y);

    y -= TEXT_SIZE * LEADING * 1.5f;
    show(content, bold, ROW_SIZE, COLUMN_NUMBER, y, "No.");
    show(content, bold, ROW_SIZE, COLUMN_NAME, y, "File");
    showRight(content, bold, ROW_SIZE, COLUMN_SIZE_RIGHT, y, "Size (bytes)");
    show(content, bold, ROW_SIZE, COLUMN_TYPE, y, "Media type");
    y -= 4;
    content.moveTo(MARGIN, y);
    content.lineTo(MARGIN + WIDTH, y);
    content.setLineWidth(0.5f);
    content.stroke();
    return y;
  }

  private float labelled(PDPageContentStream content, String label, String value, float y)
      throws IOException {
    float next = y - TEXT_SIZE * LEADING;
    show(content, bold, TEXT_SIZE, MARGIN, next, label + ":");
    show(
        content,
        regular,
        TEXT_SIZE,
        VALUE_COLUMN,
        next,
        fit(value, TEXT_SIZE, MARGIN + WIDTH - VALUE_COLUMN));
    return next;
  }

  private void drawItems(PDPageContentStream content, List<Row> rows, float top, float bottom)
      throws IOException {
    int room = (int) ((top - bottom) / ROW_HEIGHT);
    int shown = rows.size() <= room ? rows.size() : Math.max(0, room - 1);
    float y = top;
    float nameWidth = COLUMN_SIZE_RIGHT - COLUMN_NAME - 60;
    float typeWidth = MARGIN + WIDTH - COLUMN_TYPE;
    for (Row row : rows.subList(0, shown)) {
      y -= ROW_SIZE * LEADING;
      show(content, regular, ROW_SIZE, COLUMN_NUMBER, y, row.number());
      show(content, regular, ROW_SIZE, COLUMN_NAME, y, fit(row.name(), ROW_SIZE, nameWidth));
      showRight(
          content,
          regular,
          ROW_SIZE,
          COLUMN_SIZE_RIGHT,
          y,
          String.format(Locale.ROOT, "%,d", row.size()));
      show(content, regular, ROW_SIZE, COLUMN_TYPE, y, fit(row.mediaType(), ROW_SIZE, typeWidth));
      y -= HASH_SIZE * LEADING;
      show(content, regular, HASH_SIZE, COLUMN_NAME, y, "SHA-256 " + row.sha256());
      y -= 4;
    }
    if (shown < rows.size()) {
      y -= ROW_SIZE * LEADING;
      show(
          content,
          bold,
          ROW_SIZE,
          COLUMN_NAME,
          y,
          "\u2026 and " + (rows.size() - shown) + " more items: see manifest.csv");
    }
  }

  private float footerTop() throws IOException {
    int lines = wrap(VERIFY_NOTE, regular, TEXT_SIZE, WIDTH, Integer.MAX_VALUE).size();
    return MARGIN + lines * TEXT_SIZE * LEADING + TEXT_SIZE;
  }

  private void drawFooter(PDPageContentStream content) throws IOException {
    List<String> lines = wrap(VERIFY_NOTE, regular, TEXT_SIZE, WIDTH, Integer.MAX_VALUE);
    float y = MARGIN + lines.size() * TEXT_SIZE * LEADING;
    for (String line : lines) {
      show(content, regular, TEXT_SIZE, MARGIN, y, line);
      y -= TEXT_SIZE * LEADING;
    }
  }

  private String fit(String text, float size, float maxWidth) throws IOException {
    String safe = WinAnsi.of(text);
    if (width(regular, size, safe) <= maxWidth) {
      return safe;
    }
    int end = safe.length();
    while (end > 0 && width(regular, size, safe.substring(0, end) + "\u2026") > maxWidth) {
      end--;
    }
    return safe.substring(0, end) + "\u2026";
  }

  /** Splits text at spaces into lines no wider than maxWidth; an over-long word is cut. */
  private static List<String> wrap(
      String text, PDType1Font font, float size, float maxWidth, int maxLines) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, size, candidate) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (width(font, size, rest) > maxWidth) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
          cut--;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
      kept.set(maxLines - 1, kept.get(maxLines - 1) + " \u2026");
      return kept;
    }
    return lines;
  }

  private static float width(PDType1Font font, float size, String text) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  private static void show(
      PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(WinAnsi.of(text));
    content.endText();
  }

  private static void showRight(
      PDPageContentStream content, PDType1Font font, float size, float right, float y, String text)
      throws IOException {
    String safe = WinAnsi.of(text);
    show(content, font, size, right - width(font, size, safe), y, safe);
  }
}
