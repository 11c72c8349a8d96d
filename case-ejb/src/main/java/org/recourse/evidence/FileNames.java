package org.recourse.evidence;

/**
 * Turns the name a file was uploaded with into one that is safe to show on a page, to put in a ZIP
 * entry and to send as a download filename. The uploaded name comes from whoever sent the file, who
 * may be the abuser: it can carry a path that would escape the folder it is unpacked into
 * ("../../etc/passwd"), markup, characters that Windows refuses, or a right-to-left override that
 * makes "gpj.exe" read as "exe.jpg". The original name stays in the record as evidence; this name
 * is only for display and for files handed out.
 */
public final class FileNames {

  /** The name used when nothing usable is left of the uploaded one. */
  public static final String FALLBACK = "evidence";

  /** The longest name returned, counted in Unicode code points. */
  public static final int MAX_LENGTH = 120;

  /**
   * An extension longer than this (dot included) is treated as part of the name when shortening.
   */
  private static final int MAX_EXTENSION_LENGTH = 16;

  private static final String REPLACED = "<>:\"/\\|?*&'";

  private FileNames() {}

  /**
   * A name safe to show and to use as a ZIP entry or Content-Disposition filename: strips any
   * directory part (both / and \), removes control characters (Unicode Cc and Cf, which include the
   * bidi overrides), replaces the characters {@code < > : " / \ | ? *} and the HTML-significant
   * {@code & '} with '_', collapses whitespace, trims dots and spaces at both ends, limits the name
   * to {@value #MAX_LENGTH} code points keeping the extension, and is never empty (falls back to
   * {@value #FALLBACK}).
   */
  public static String sanitise(String uploadedName) {
    if (uploadedName == null) {
      return FALLBACK;
    }
    String name = withoutVisibleControls(lastPathSegment(uploadedName));
    name = trimDotsAndSpaces(name);
    name = shorten(name);
    return name.isEmpty() ? FALLBACK : name;
  }

  private static String lastPathSegment(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1);
  }

  private static String withoutVisibleControls(String name) {
    StringBuilder result = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = true;
        continue;
      }
      if (isInvisible(cp)) {
        continue;
      }
      if (pendingSpace && !result.isEmpty()) {
        result.append(' ');
      }
      pendingSpace = false;
      result.appendCodePoint(REPLACED.indexOf(cp) >= 0 ? '_' : cp);
    }
    return result.toString();
  }

  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }

  private static String trimDotsAndSpaces(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && isDotOrSpace(name.charAt(start))) {
      start++;
    }
    while (end > start && isDotOrSpace(name.charAt(end - 1))) {
      end--;
    }
    return name.substring(start, end);
  }

  private static boolean isDotOrSpace(char c) {
    return c == '.' || c == ' ';
  }

  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = "";
    if (dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH) {
      extension = name.substring(dot);
      name = name.substring(0, dot);
    }
    int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
    String base = name.substring(0, name.offsetByCodePoints(0, keep));
    return trimDotsAndSpaces(base) + extension;
  }
}
