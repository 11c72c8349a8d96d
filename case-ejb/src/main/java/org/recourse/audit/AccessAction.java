package org.recourse.audit;

/** What an access-log row records. */
public enum AccessAction {
  /** A case was delivered with the victim's legal name, date of birth, contact and code word. */
  VICTIM_IDENTITY_READ("Victim identity read"),
  /** An evidence image was shown sharp instead of blurred. */
  EVIDENCE_REVEALED("Evidence revealed"),
  /** An evidence file was downloaded. */
  EVIDENCE_DOWNLOADED("Evidence downloaded"),
  /** An evidence item went into an export package. */
  EVIDENCE_EXPORTED("Evidence exported"),
  /**
   * The victim's data export was handed out: to the team (the case page or the API), or to the
   * client themselves through the portal.
   */
  VICTIM_DATA_EXPORTED("Victim data exported"),
  /** A removal notice naming the victim by legal name was previewed, sent or printed. */
  NOTICE_WITH_LEGAL_NAME("Notice with legal name"),
  /** An authorisation failed: a 403, or a case outside the caller's teams answered as 404. */
  ACCESS_DENIED("Access denied");

  private final String label;

  AccessAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
