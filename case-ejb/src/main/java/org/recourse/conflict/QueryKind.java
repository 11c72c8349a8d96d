package org.recourse.conflict;

/** What an advocate typed into the conflict search, told apart by its shape. */
enum QueryKind {
  NAME,
  HANDLE,
  EMAIL,
  PHONE;

  private static final int MIN_PHONE_DIGITS = 7;

  /**
   * A profile address or anything starting with '@' is a handle; otherwise text with an '@'
   * followed later by a dot is an email; text made only of digits, spaces and {@code + - ( ) . /}
   * with at least 7 digits is a phone number; anything else is a name.
   */
  static QueryKind of(String query) {
    String text = query.strip();
    if (text.startsWith("@") || SearchKey.looksLikeProfileAddress(text)) {
      return HANDLE;
    }
    int at = text.indexOf('@');
    if (at > 0 && text.indexOf('.', at) > at + 1) {
      return EMAIL;
    }
    return looksLikePhone(text) ? PHONE : NAME;
  }

  private static boolean looksLikePhone(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
      } else if ("+-()./".indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return digits >= MIN_PHONE_DIGITS;
  }
}
