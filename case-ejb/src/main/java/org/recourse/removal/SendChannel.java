package org.recourse.removal;

/**
 * How a removal notice was really sent. Recorded with the notice, beside when it was sent: the
 * clock counts from that moment, not from when someone recorded it.
 */
public enum SendChannel {
  PLATFORM_FORM("the platform's reporting form"),
  EMAIL("e-mail"),
  LETTER("letter"),
  REGULATOR_PORTAL("a regulator's portal"),
  OTHER("another way");

  private final String label;

  SendChannel(String label) {
    this.label = label;
  }

  /** The channel in words, e.g. "e-mail". */
  public String label() {
    return label;
  }
}
