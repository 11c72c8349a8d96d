package org.recourse.law;

/**
 * The event a time limit is counted from. The statutes differ: the TAKE IT DOWN Act (47 U.S.C. §
 * 223a) counts 48 hours from a valid removal request, the DMCA (17 U.S.C. § 512(g)(2)(C)) counts
 * business days from a counter-notice, N.Y. Civ. Rights Law § 52-b counts from dissemination or
 * discovery, 740 ILCS 190/30 from discovery or a threat, and the criminal limits of England and
 * Wales and of Canada from the offence.
 *
 * <p>Each trigger reads one fact of the case (the deadline feature's {@code CaseFacts}); {@link
 * #factName()} is the name of that fact, as reported when it is missing. {@link #VICTIM_TURNS_18}
 * reads the date of birth.
 */
public enum Trigger {
  INCIDENT("incidentDate", "the incident", "the incident date"),
  DISSEMINATION("disseminationDate", "dissemination", "the dissemination date"),
  DISCOVERY("discoveryDate", "discovery", "the discovery date"),
  THREAT("threatDate", "the threat", "the threat date"),
  REMOVAL_REQUEST_SENT(
      "removalRequestSent",
      "the removal request was sent",
      "the time the removal request was sent"),
  COUNTER_NOTICE_RECEIVED(
      "counterNoticeReceived",
      "the counter-notice was received",
      "the time the counter-notice was received"),
  VICTIM_TURNS_18("dateOfBirth", "the victim's 18th birthday", "the victim's date of birth"),
  MANUAL("manualDate", "the chosen start date", "the chosen start date");

  private final String factName;
  private final String event;
  private final String factDescription;

  Trigger(String factName, String event, String factDescription) {
    this.factName = factName;
    this.event = event;
    this.factDescription = factDescription;
  }

  /**
   * The name of the case fact this trigger reads (a {@code CaseFacts} component), e.g.
   * "discoveryDate".
   */
  public String factName() {
    return factName;
  }

  /** The event in words, as it follows "after" in an explanation, e.g. "discovery". */
  public String event() {
    return event;
  }

  /** The fact in words, as used when it is missing, e.g. "the discovery date". */
  public String factDescription() {
    return factDescription;
  }

  /** Whether the fact is a moment ({@link java.time.Instant}) rather than a calendar date. */
  public boolean isInstant() {
    return this == REMOVAL_REQUEST_SENT || this == COUNTER_NOTICE_RECEIVED;
  }
}
