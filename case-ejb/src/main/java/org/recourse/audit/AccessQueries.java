package org.recourse.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.recourse.audit.AccessLogViews.AccessQuery;
import org.recourse.shared.InvalidInputException;

/**
 * Reads an access-log filter from text, as the API and the CSV link give it: a username, a case id,
 * an action name, and times as a date ({@code 2026-11-27}, the whole day in UTC) or an instant
 * ({@code 2026-11-27T10:00:00Z}). Every value refused is named by its field.
 */
public final class AccessQueries {

  private AccessQueries() {}

  public static AccessQuery parse(
      String user, String caseId, String action, String from, String to) {
    Map<String, String> errors = new LinkedHashMap<>();
    String username = blankToNull(user);
    if (username != null && username.length() > 100) {
      errors.put("user", "At most 100 characters");
    }
    Long theCase = null;
    if (blankToNull(caseId) != null) {
      try {
        theCase = Long.parseLong(caseId.strip());
        if (theCase < 1) {
          errors.put("caseId", "A case id is a positive number");
        }
      } catch (NumberFormatException e) {
        errors.put("caseId", "A case id is a positive number");
      }
    }
    AccessAction theAction = null;
    if (blankToNull(action) != null) {
      try {
        theAction = AccessAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put(
            "action", "Unknown action; one of " + java.util.Arrays.toString(AccessAction.values()));
      }
    }
    Instant start = instant("from", from, false, errors);
    Instant end = instant("to", to, true, errors);
    if (start != null && end != null && !start.isBefore(end)) {
      errors.put("to", "Must be after from");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new AccessQuery(username, theCase, theAction, start, end);
  }

  /** A date counts as its whole day: from its start, or (for {@code to}) to the next day's. */
  private static Instant instant(
      String field, String text, boolean endOfDay, Map<String, String> errors) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, "A date (2026-11-27) or a time in UTC (2026-11-27T10:00:00Z)");
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
