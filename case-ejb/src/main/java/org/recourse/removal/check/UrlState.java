package org.recourse.removal.check;

/** What one check found at a content address. */
public enum UrlState {
  /** The address answered 2xx, directly or after at most three redirects: the content is served. */
  UP,
  /** The address answered 404, 410 or 451: the content is gone. */
  DOWN,
  /** No answer that says either way: a network error, a timeout, or any other status. */
  UNREACHABLE,
  /** Not contacted: the address, or one it redirected to, points where the checker may not go. */
  REFUSED
}
