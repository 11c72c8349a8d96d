package org.recourse.removal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a removal request stands. A request is drafted, submitted to the platform (which starts any
 * legal clock), perhaps acknowledged, and ends removed, partly removed or rejected; silence past
 * the clock is "no response", and any of these may be escalated (to a regulator, a court, the
 * host's provider). Content that comes back is "restored" (after a counter-notice) or "re-uploaded"
 * (found again by the watcher), and the request starts over from there.
 */
public enum RemovalStatus {
  DRAFT,
  SUBMITTED,
  ACKNOWLEDGED,
  REMOVED,
  PARTIALLY_REMOVED,
  REJECTED,
  NO_RESPONSE,
  ESCALATED,
  RESTORED,
  REUPLOADED;

  /** The statuses a request may move to from this one. */
  public Set<RemovalStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(SUBMITTED);
      case SUBMITTED, ACKNOWLEDGED ->
          EnumSet.of(ACKNOWLEDGED, REMOVED, PARTIALLY_REMOVED, REJECTED, NO_RESPONSE, ESCALATED);
      case NO_RESPONSE -> EnumSet.of(ACKNOWLEDGED, REMOVED, PARTIALLY_REMOVED, REJECTED, ESCALATED);
      case REJECTED -> EnumSet.of(ESCALATED, SUBMITTED);
      case ESCALATED -> EnumSet.of(ACKNOWLEDGED, REMOVED, PARTIALLY_REMOVED, REJECTED, NO_RESPONSE);
      case PARTIALLY_REMOVED -> EnumSet.of(REMOVED, ESCALATED, REUPLOADED);
      case REMOVED -> EnumSet.of(RESTORED, REUPLOADED);
      case RESTORED, REUPLOADED -> EnumSet.of(SUBMITTED, ESCALATED, REMOVED);
    };
  }

  public boolean canMoveTo(RemovalStatus target) {
    return next().contains(target);
  }

  /** Whether the content is down as far as the request is concerned. */
  public boolean isDown() {
    return this == REMOVED;
  }

  /** Whether the request is waiting on the platform, so its clock matters. */
  public boolean isPending() {
    return this == SUBMITTED
        || this == ACKNOWLEDGED
        || this == NO_RESPONSE
        || this == ESCALATED
        || this == PARTIALLY_REMOVED;
  }
}
