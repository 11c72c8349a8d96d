package org.recourse.casefile;

import java.util.Collection;
import java.util.Optional;
import org.recourse.shared.Roles;

/** A user's part in one case's team. The lead attorney manages the team. */
public enum CaseRole {
  LEAD_ATTORNEY,
  ATTORNEY,
  ADVOCATE,
  CASEWORKER;

  public boolean isAttorney() {
    return this == LEAD_ATTORNEY || this == ATTORNEY;
  }

  /**
   * The case role a user joining a team takes unless the lead attorney chooses otherwise: the one
   * of their staff role (an attorney joins as an attorney, not as lead; an advocate as the
   * advocate; a caseworker as a caseworker), the first of these when they hold several; none for a
   * user who holds none of them (an administrator only, say).
   */
  public static Optional<CaseRole> suggestedFor(Collection<String> staffRoles) {
    if (staffRoles.contains(Roles.ATTORNEY)) {
      return Optional.of(ATTORNEY);
    }
    if (staffRoles.contains(Roles.ADVOCATE)) {
      return Optional.of(ADVOCATE);
    }
    if (staffRoles.contains(Roles.CASEWORKER)) {
      return Optional.of(CASEWORKER);
    }
    return Optional.empty();
  }
}
