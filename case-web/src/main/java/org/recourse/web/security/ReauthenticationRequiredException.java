package org.recourse.web.security;

/**
 * The act needs a more recent login than the caller's (RFC 9470 step-up): the API answers 401 with
 * {@code WWW-Authenticate: Bearer error="insufficient_user_authentication", max_age=…}.
 */
public class ReauthenticationRequiredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int maxAgeSeconds;

  public ReauthenticationRequiredException(int maxAgeSeconds) {
    super("Sign in again to do this: your login is older than " + maxAgeSeconds + " seconds.");
    this.maxAgeSeconds = maxAgeSeconds;
  }

  public int maxAgeSeconds() {
    return maxAgeSeconds;
  }
}
