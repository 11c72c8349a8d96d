package org.recourse.removal.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a notice template and refuses to produce a notice that lacks what its legal basis requires
 * (see {@link LegalBasis}): every required field must have a value and appear in the template, and
 * every placeholder of the template must have a value, so that no notice ever leaves with an empty
 * gap or a literal {@code {{name}}} in it. A placeholder is a name of letters, digits and
 * underscores between double braces, spaces inside the braces allowed: {@code {{contentUrls}}}.
 *
 * <p>A template whose first line starts with {@code "Subject: "} carries its subject there; the
 * line is taken out of the text, as are the blank lines after it. Line breaks in the subject's
 * values become spaces, because a subject is one line. Values are inserted into the text verbatim,
 * once: a value that itself looks like a placeholder is not filled again. The text is plain; a page
 * that shows it escapes it.
 */
public final class NoticeRenderer {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]*)\\s*}}");
  private static final String SUBJECT_PREFIX = "Subject: ";
  private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\n)+");

  /**
   * Fills the template of the draft.
   *
   * @throws MissingNoticeFieldsException naming every missing field, when any is missing
   */
  public RenderedNotice render(NoticeDraft draft) {
    String template = draft.template().replace("\r\n", "\n").replace('\r', '\n');
    Map<String, String> values = draft.values();
    check(draft.basis(), placeholders(template), values);

    if (!template.startsWith(SUBJECT_PREFIX)) {
      return new RenderedNotice("", fill(template, values));
    }
    int lineEnd = template.indexOf('\n');
    String subjectLine =
        template.substring(SUBJECT_PREFIX.length(), lineEnd < 0 ? template.length() : lineEnd);
    String body = lineEnd < 0 ? "" : template.substring(lineEnd + 1);
    String subject = fill(subjectLine, values).replaceAll("\\s+", " ").strip();
    return new RenderedNotice(
        subject, fill(LEADING_BLANK_LINES.matcher(body).replaceFirst(""), values));
  }

  /** Placeholders used in a template, in order of first appearance, each once. */
  public static List<String> placeholders(String template) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static void check(LegalBasis basis, List<String> used, Map<String, String> values) {
    Map<String, String> missing = new LinkedHashMap<>();
    for (String field : basis.requiredFields()) {
      boolean inTemplate = used.contains(field);
      if (isBlank(values.get(field)) || !inTemplate) {
        String reason = basis.requirement(field);
        missing.put(
            field, inTemplate ? reason : reason + "; the template has no {{" + field + "}}");
      }
    }
    for (String field : used) {
      if (isBlank(values.get(field))) {
        missing.putIfAbsent(field, "The template uses {{" + field + "}}, which has no value");
      }
    }
    if (!missing.isEmpty()) {
      throw new MissingNoticeFieldsException(missing);
    }
  }

  private static String fill(String template, Map<String, String> values) {
    StringBuilder text = new StringBuilder(template.length() + 256);
    Matcher matcher = PLACEHOLDER.matcher(template);
    int copied = 0;
    while (matcher.find()) {
      text.append(template, copied, matcher.start()).append(values.get(matcher.group(1)));
      copied = matcher.end();
    }
    return text.append(template, copied, template.length()).toString();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
