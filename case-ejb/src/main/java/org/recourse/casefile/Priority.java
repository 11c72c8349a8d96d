package org.recourse.casefile;

/** How urgently the team must act, e.g. URGENT while images are spreading or a threat is live. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
