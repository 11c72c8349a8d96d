package org.recourse.shared;

import java.util.List;

/**
 * Rows of comma-separated values as RFC 4180 defines them (fields with a comma, a double quote, CR
 * or LF are quoted, quotes doubled, rows end in CRLF), made safe to open in a spreadsheet. A field
 * that starts with = + - @, a tab or a carriage return would be run as a formula by Excel or
 * LibreOffice (CSV injection, OWASP), and the names, URLs and descriptions in an export come partly
 * from whoever sent the files; such a field gets a leading single quote so it is shown as text.
 */
public final class Csv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private Csv() {}

  /** One row, CRLF included; a null field is written as an empty one. */
  public static String row(List<String> fields) {
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        row.append(',');
      }
      row.append(field(fields.get(i)));
    }
    return row.append("\r\n").toString();
  }

  /** One field, neutralised against formulas and quoted where needed. */
  public static String field(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\r') >= 0
            || text.indexOf('\n') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
