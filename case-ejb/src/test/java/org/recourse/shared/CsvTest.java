package org.recourse.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void fieldsThatASpreadsheetWouldRunAsFormulasStartWithAQuote() {
    assertEquals("'+1 555 0100", Csv.field("+1 555 0100"));
    assertEquals("'-2+3", Csv.field("-2+3"));
    assertEquals("'@SUM(A1:A2)", Csv.field("@SUM(A1:A2)"));
    assertEquals(
        "\"'=HYPERLINK(\"\"https://example.invalid\"\")\"",
        Csv.field("=HYPERLINK(\"https://example.invalid\")"));
  }

  @Test
  void fieldsWithTheSameCharactersLaterOnAreLeftAlone() {
    assertEquals("a=b", Csv.field("a=b"));
    assertEquals("2031-03-01T12:00:00Z", Csv.field("2031-03-01T12:00:00Z"));
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
    assertEquals("'\tcmd", Csv.field("\tcmd"));
    assertEquals("\"'\rcmd\"", Csv.field("\rcmd"));
  }

  @Test
  void fieldsWithCommaQuoteOrLineBreakAreQuotedAndQuotesDoubled() {
    assertEquals("\"a,b\"", Csv.field("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
    assertEquals("\"line1\nline2\"", Csv.field("line1\nline2"));
    assertEquals("\"line1\r\nline2\"", Csv.field("line1\r\nline2"));
  }

  @Test
  void rowsEndInCrlfAndNullIsAnEmptyField() {
    assertEquals("a,,\"b,c\"\r\n", Csv.row(Arrays.asList("a", null, "b,c")));
  }

  @Test
  void aRowReadsBackAsItsFieldsWithFormulasNeutralised() {
    List<String> fields =
        List.of("plain", "with, comma", "with \"quotes\"", "two\r\nlines", "=1+2");
    List<List<String>> parsed = CsvReader.parse(Csv.row(fields));
    assertEquals(
        List.of(List.of("plain", "with, comma", "with \"quotes\"", "two\r\nlines", "'=1+2")),
        parsed);
  }
}
