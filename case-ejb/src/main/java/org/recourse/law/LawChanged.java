package org.recourse.law;

import java.util.Set;

/**
 * The law of some jurisdictions changed: a rule was added or corrected, or a jurisdiction's time
 * zone, parent or holiday calendar changed, so every case in those jurisdictions needs its
 * deadlines recomputed. Fired synchronously inside the administrator's transaction; the deadline
 * feature observes it, recomputes the cases and reports how many it recomputed, which the law
 * administration hands back to the administrator.
 */
public final class LawChanged {

  private final Set<String> jurisdictionCodes;
  private final String by;
  private int casesRecomputed;

  public LawChanged(Set<String> jurisdictionCodes, String by) {
    this.jurisdictionCodes = Set.copyOf(jurisdictionCodes);
    this.by = by;
  }

  /** The jurisdictions whose law changed (the changed one and the ones directly below it). */
  public Set<String> jurisdictionCodes() {
    return jurisdictionCodes;
  }

  /** The administrator who made the change. */
  public String by() {
    return by;
  }

  /** Called by an observer: it recomputed the deadlines of this many cases. */
  public void recomputed(int cases) {
    casesRecomputed += cases;
  }

  public int casesRecomputed() {
    return casesRecomputed;
  }
}
