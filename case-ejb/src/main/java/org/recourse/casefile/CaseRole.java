package org.recourse.casefile;

/** A user's part in one case's team. The lead attorney manages the team. */
public enum CaseRole {
  LEAD_ATTORNEY,
  ATTORNEY,
  ADVOCATE,
  CASEWORKER;

  public boolean isAttorney() {
    return this == LEAD_ATTORNEY || this == ATTORNEY;
  }
}
