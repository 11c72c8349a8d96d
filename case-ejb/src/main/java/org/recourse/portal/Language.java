package org.recourse.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks. A client chooses one on any portal page and their portal account
 * keeps it; until they do, the first of their browser's languages the portal speaks (English when
 * none).
 */
public enum Language {
  ENGLISH("en"),
  SPANISH("es");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as in {@code lang="es"}. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language of an ISO 639-1 code ({@code "es"}, {@code "ES"}), if the portal speaks it. */
  public static Optional<Language> ofCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.code.equalsIgnoreCase(code.strip())) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The first of the browser's languages, in its order of preference ({@code Accept-Language}),
   * that the portal speaks: {@code es-MX} is Spanish; English when none is.
   */
  public static Language preferred(List<Locale> browser) {
    for (Locale locale : browser) {
      Optional<Language> spoken = ofCode(locale.getLanguage());
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return ENGLISH;
  }
}
