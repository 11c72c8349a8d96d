package org.recourse.law;

/**
 * How two time limits combine. N.Y. Civ. Rights Law § 52-b allows an action within the later of
 * three years after dissemination and one year after discovery; {@link #EARLIER_OF} serves a limit
 * that ends at whichever of two events comes first.
 */
public enum Combinator {
  LATER_OF("the later"),
  EARLIER_OF("the earlier");

  private final String words;

  Combinator(String words) {
    this.words = words;
  }

  /** "the later" or "the earlier", as used in an explanation. */
  public String words() {
    return words;
  }
}
