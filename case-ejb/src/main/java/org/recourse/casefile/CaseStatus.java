package org.recourse.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. A case starts at intake, becomes active when the team takes it on, may be
 * put on hold, and is closed with a reason; a closed case can be reopened (back to active).
 */
public enum CaseStatus {
  INTAKE,
  ACTIVE,
  ON_HOLD,
  CLOSED;

  /** The statuses a case may move to from this one. */
  public Set<CaseStatus> next() {
    return switch (this) {
      case INTAKE -> EnumSet.of(ACTIVE, ON_HOLD, CLOSED);
      case ACTIVE -> EnumSet.of(ON_HOLD, CLOSED);
      case ON_HOLD -> EnumSet.of(ACTIVE, CLOSED);
      case CLOSED -> EnumSet.of(ACTIVE);
    };
  }
}
