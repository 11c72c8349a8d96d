package org.recourse.evidence;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.recourse.shared.InvalidInputException;

/**
 * Reads capture facts from the text fields of an upload form: {@code sourceUrl}, {@code
 * capturedAt}, {@code capturedBy}, {@code method}, {@code description}. {@code capturedAt} is an
 * ISO-8601 instant or offset time, or a local date-time ("2026-11-20T14:05", or as pages show it,
 * "2026-11-20 14:05") read in the IANA zone named by {@code timeZone}, UTC when none is named. A
 * zone that does not exist is refused when the capture time needs it, never quietly read as UTC.
 */
public final class CaptureForm {

  private static final Pattern LOCAL_WITH_SPACE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");

  private CaptureForm() {}

  /** The capture facts the fields state; refuses unreadable fields, naming each. */
  public static CaptureFacts read(Map<String, String> fields) {
    Map<String, String> errors = new LinkedHashMap<>();
    Instant capturedAt = null;
    String at = fields.get("capturedAt");
    if (at != null && !at.isBlank()) {
      try {
        capturedAt = OffsetDateTime.parse(at.strip()).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          LocalDateTime local = LocalDateTime.parse(asIso(at.strip()));
          ZoneId zone = zone(fields.get("timeZone"));
          if (zone == null) {
            errors.put("timeZone", "Not a time zone; use a name such as Europe/Berlin");
          } else {
            capturedAt = local.atZone(zone).toInstant();
          }
        } catch (DateTimeParseException e) {
          errors.put(
              "capturedAt", "Use a date and time such as 2026-11-20 14:05 or 2026-11-20T14:05:00Z");
        }
      }
    }
    CaptureMethod method = null;
    String methodText = fields.get("method");
    if (methodText != null && !methodText.isBlank()) {
      try {
        method = CaptureMethod.valueOf(methodText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put(
            "method",
            "One of "
                + Arrays.stream(CaptureMethod.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CaptureFacts(
        fields.get("sourceUrl"),
        capturedAt,
        fields.get("capturedBy"),
        method,
        fields.get("description"));
  }

  /** "2026-11-20 14:05" as ISO-8601 reads it: "2026-11-20T14:05". */
  private static String asIso(String localDateTime) {
    return LOCAL_WITH_SPACE.matcher(localDateTime).matches()
        ? localDateTime.replace(' ', 'T')
        : localDateTime;
  }

  /** The named zone, UTC when none is named, or null when the name is not a zone. */
  private static ZoneId zone(String name) {
    if (name == null || name.isBlank()) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
