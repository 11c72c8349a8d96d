package org.recourse.removal.check;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one check of a content address.
 *
 * @param httpStatus the status of the last response, or null where none was received
 * @param detail a short explanation for staff; never anything of the response's body
 */
public record CheckResult(UrlState state, Integer httpStatus, Instant checkedAt, String detail) {

  public CheckResult {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(checkedAt, "checkedAt");
    Objects.requireNonNull(detail, "detail");
  }
}
