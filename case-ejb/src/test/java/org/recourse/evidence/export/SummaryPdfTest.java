package org.recourse.evidence.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

  private static final ExportHeader HEADER =
      new ExportHeader(
          "RC-2031-00042",
          "Advocate Test",
          Instant.parse("2031-03-04T05:06:07Z"),
          "Requested by the investigating officer, synthetic reference 0000 ".repeat(12));

  @Test
  void aLongListStaysOnOnePageAndPointsToTheManifestForTheRest() throws IOException {
    List<SummaryPdf.Row> rows = rows(200);

    String text = text(SummaryPdf.render(HEADER, rows), 1);

    Matcher more = Pattern.compile("and (\\d+) more items: see manifest\\.csv").matcher(text);
    assertTrue(more.find(), text);
    int hidden = Integer.parseInt(more.group(1));
    int shown = 200 - hidden;
    assertTrue(shown > 5, "only " + shown + " rows shown");
    assertTrue(text.contains(rows.get(shown - 1).sha256()));
    assertFalse(text.contains(rows.get(shown).sha256()));
    assertTrue(text.contains("sha256sum"));
    assertTrue(text.contains("custody/"));
  }

  @Test
  void asManyRowsAsFitAreListedWithoutAMoreLine() throws IOException {
    String text = text(SummaryPdf.render(HEADER, rows(3)), 1);

    assertFalse(text.contains("more items"));
    assertTrue(text.contains("Items: 3"), text);
  }

  @Test
  void namesOutsideWinAnsiAndVeryLongNamesDoNotBreakThePage() throws IOException {
    List<SummaryPdf.Row> rows =
        List.of(
            new SummaryPdf.Row("01", "Zo\u00eb \u7167\u7247.jpg", 1, hex(1), "image/jpeg"),
            new SummaryPdf.Row("02", "x".repeat(120) + ".png", 2, hex(2), "image/png"));

    String text = text(SummaryPdf.render(HEADER, rows), 1);

    assertTrue(text.contains("Zo\u00eb ??.jpg"), text);
    assertTrue(text.contains(hex(2)));
  }

  static String text(byte[] pdf, int expectedPages) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(expectedPages, document.getNumberOfPages());
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<SummaryPdf.Row> rows(int count) {
    List<SummaryPdf.Row> rows = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      rows.add(
          new SummaryPdf.Row(
              String.format(Locale.ROOT, "%03d", i),
              "item-" + i + ".jpg",
              i,
              hex(i),
              "image/jpeg"));
    }
    return rows;
  }

  private static String hex(int seed) {
    return String.format(Locale.ROOT, "%064x", seed * 7919L);
  }
}
