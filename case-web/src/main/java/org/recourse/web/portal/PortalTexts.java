package org.recourse.web.portal;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.portal.Language;

/**
 * The portal's texts for what its backing beans say (confirmations, refusals), from the same bundle
 * {@code PortalText} the pages read. The services refuse in English; a refusal the bundle knows by
 * its English words (an {@code error…} key) is shown in the client's language, one it does not know
 * as a kind request to check the field (or, in English, as the service worded it).
 */
final class PortalTexts {

  static final String BUNDLE = "org.recourse.web.portal.PortalText";

  private static final String ERROR_PREFIX = "error";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

  private PortalTexts() {}

  /** A text of the bundle in the page's language. */
  static String text(String key) {
    return bundle(current()).getString(key);
  }

  /** The language the portal page is shown in. */
  static Language current() {
    FacesContext context = FacesContext.getCurrentInstance();
    Language language =
        context
            .getApplication()
            .evaluateExpressionGet(context, "#{portalLanguage.language}", Language.class);
    return language == null ? Language.ENGLISH : language;
  }

  /**
   * A service's English refusal in the given language; {@code fallbackKey}'s text for one the
   * bundle does not know, unless the language is English (then the service's words stand).
   */
  static String translate(String english, Language language, String fallbackKey) {
    if (english != null) {
      Optional<String> whole = known(english.strip(), language);
      if (whole.isPresent()) {
        return whole.get();
      }
      // Several refusals of one field come joined by "; ".
      List<String> parts = new ArrayList<>();
      for (String part : english.split("; ")) {
        Optional<String> known = known(part.strip(), language);
        if (known.isEmpty()) {
          parts = null;
          break;
        }
        parts.add(known.get());
      }
      if (parts != null && parts.size() > 1) {
        return String.join("; ", parts);
      }
    }
    if (language == Language.ENGLISH && english != null && !english.isBlank()) {
      return english;
    }
    return bundle(language).getString(fallbackKey);
  }

  /** An English refusal the bundle knows, in the given language, its numbers kept. */
  private static Optional<String> known(String english, Language language) {
    ResourceBundle base = bundle(Language.ENGLISH);
    for (String key : base.keySet()) {
      if (!key.startsWith(ERROR_PREFIX)) {
        continue;
      }
      Matcher matcher = regex(base.getString(key)).matcher(english);
      if (matcher.matches()) {
        Object[] numbers = new Object[matcher.groupCount()];
        for (int i = 0; i < numbers.length; i++) {
          numbers[i] = matcher.group(i + 1);
        }
        String pattern = bundle(language).getString(key);
        return Optional.of(new MessageFormat(pattern, language.locale()).format(numbers));
      }
    }
    return Optional.empty();
  }

  static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language.locale(),
        PortalTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** An English pattern with {@code {0}} for a number, as a regular expression. */
  private static Pattern regex(String pattern) {
    List<String> parts = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(pattern);
    int from = 0;
    while (placeholder.find()) {
      parts.add(Pattern.quote(pattern.substring(from, placeholder.start())));
      parts.add("(\\d+)");
      from = placeholder.end();
    }
    parts.add(Pattern.quote(pattern.substring(from)));
    return Pattern.compile(String.join("", parts));
  }
}
