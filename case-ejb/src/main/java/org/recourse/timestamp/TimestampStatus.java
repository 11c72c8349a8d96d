package org.recourse.timestamp;

/**
 * Where an item's timestamp stands. NONE: not timestamped (no TSA was configured when it was
 * received; never stored). PENDING: asked for and not yet given (the TSA was unreachable or has not
 * answered yet); FAILED: the TSA answered with a refusal or a token that does not check out; both
 * are retried (PENDING first; FAILED at most once an hour). STAMPED: a checked token is stored.
 */
public enum TimestampStatus {
  NONE,
  PENDING,
  STAMPED,
  FAILED
}
