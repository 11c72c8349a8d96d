package org.recourse.portal;

/** Who wrote or reads a secure message: the client, or the case team. */
public enum MessageSide {
  CLIENT,
  TEAM;

  /** The side that reads what this side writes. */
  public MessageSide other() {
    return this == CLIENT ? TEAM : CLIENT;
  }
}
