package org.recourse.removal.stats;

import java.time.Instant;
import java.util.Objects;

/**
 * What became of one removal request: the platform it went to, when it was submitted (null if it
 * never was, which leaves it out of every figure), when the material was removed (null if it has
 * not been) and when the legal time limit ran out (null where no limit applied). Removal before
 * submission is refused, because it would make a time to removal negative.
 */
public record RequestOutcome(
    String platform, Instant submittedAt, Instant removedAt, Instant dueAt) {

  public RequestOutcome {
    Objects.requireNonNull(platform, "platform");
    if (submittedAt != null && removedAt != null && removedAt.isBefore(submittedAt)) {
      throw new IllegalArgumentException(
          "removedAt " + removedAt + " is before submittedAt " + submittedAt);
    }
  }
}
