package org.recourse.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recourse.law.SourceGrade;

/**
 * The words pages show for the domain's codes: a status, a harm, a role, a jurisdiction. Labels
 * come from the bundle {@code org.recourse.web.messages} (keyed {@code <enum>.<VALUE>}), and a
 * source grade's from the law's own bundle ({@link SourceGrade#WORDS}, keyed the same way), which
 * the deadline explanations and mails use too, so a page never names a grade otherwise; lists are
 * joined with commas and an empty one reads "none". The API keeps the codes.
 */
@Named("words")
@ApplicationScoped
public class Words {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final Formats formats = new Formats();
  private final Supplier<Locale> locale;

  public Words() {
    this(Words::viewLocale);
  }

  /** Words in a locale of the caller's choosing (a test's, outside any page). */
  Words(Supplier<Locale> locale) {
    this.locale = locale;
  }

  static final String BUNDLE = "org.recourse.web.messages";

  /** The bundles labels are looked up in, in order. */
  private static final List<String> BUNDLES = List.of(BUNDLE, SourceGrade.WORDS);

  /** The label of an enum value, or of anything else its text; empty for null. */
  public String of(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Enum<?> code) {
      return label(code.getDeclaringClass().getSimpleName() + "." + code.name())
          .orElseGet(() -> code.name().replace('_', ' ').toLowerCase(Locale.ROOT));
    }
    return value.toString();
  }

  /** The source grades, strongest first, for a legend of what each means. */
  public List<SourceGrade> grades() {
    return List.of(SourceGrade.values());
  }

  /** Each value's label, sorted as the bundle's words read, joined by commas; "none" if empty. */
  public String list(Collection<?> values) {
    if (values == null || values.isEmpty()) {
      return none();
    }
    return values.stream().map(this::of).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Jurisdictions by name with their code, e.g. "New York (US-NY)", from the catalogue of code to
   * name; a code the catalogue does not know is shown as it is; "none" if empty.
   */
  public String jurisdictions(Collection<String> codes, Map<String, String> catalogue) {
    if (codes == null || codes.isEmpty()) {
      return none();
    }
    return codes.stream()
        .sorted()
        .map(
            code -> {
              String name = catalogue == null ? null : catalogue.get(code);
              return name == null ? code : name + " (" + code + ")";
            })
        .collect(Collectors.joining(", "));
  }

  /** A date of the case, or "not recorded" when it is not known. */
  public String date(LocalDate date) {
    return date == null ? label("notRecorded").orElse("not recorded") : date.toString();
  }

  /**
   * A value of the case history, stored as text: a moment as the pages show moments, a code (or a
   * list of codes, "[A, B]") by its label wherever the bundle has one for a code of that name, and
   * anything else as it is.
   */
  public String recorded(String text) {
    if (text == null || text.isBlank()) {
      return text;
    }
    if (looksLikeInstant(text)) {
      try {
        return formats.instant(Instant.parse(text));
      } catch (DateTimeParseException e) {
        return text;
      }
    }
    if (text.startsWith("[") && text.endsWith("]")) {
      String inner = text.substring(1, text.length() - 1).strip();
      if (inner.isEmpty()) {
        return none();
      }
      return Arrays.stream(inner.split(", ")).map(this::code).collect(Collectors.joining(", "));
    }
    return code(text);
  }

  /** An ISO-8601 instant as stored, e.g. 2026-12-01T19:00:54.490981551Z (parsed to be sure). */
  private static boolean looksLikeInstant(String text) {
    return text.length() >= 17
        && text.length() <= 40
        && Character.isDigit(text.charAt(0))
        && text.charAt(10) == 'T'
        && text.endsWith("Z");
  }

  /** The label of a code whatever its enum, when the bundle knows a code of that name. */
  private String code(String text) {
    if (!CODE.matcher(text).matches()) {
      return text;
    }
    String suffix = "." + text;
    for (String name : BUNDLES) {
      ResourceBundle bundle = ResourceBundle.getBundle(name, locale.get());
      Optional<String> label =
          bundle.keySet().stream()
              .filter(key -> key.endsWith(suffix))
              .sorted()
              .map(bundle::getString)
              .findFirst();
      if (label.isPresent()) {
        return label.get();
      }
    }
    return text;
  }

  private String none() {
    return label("none").orElse("none");
  }

  private Optional<String> label(String key) {
    for (String name : BUNDLES) {
      try {
        return Optional.of(ResourceBundle.getBundle(name, locale.get()).getString(key));
      } catch (MissingResourceException e) {
        // not in this bundle: the next one, or the code in words
      }
    }
    return Optional.empty();
  }

  private static Locale viewLocale() {
    FacesContext context = FacesContext.getCurrentInstance();
    return context == null || context.getViewRoot() == null
        ? Locale.ENGLISH
        : context.getViewRoot().getLocale();
  }
}
