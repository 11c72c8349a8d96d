package org.recourse.web.http;

import java.util.Map;
import org.recourse.shared.ProblemException;

/**
 * The act needs a more recent login than the caller's (RFC 9470 step-up): the API answers 401 with
 * {@code WWW-Authenticate: Bearer error="insufficient_user_authentication", max_age=…}.
 */
public class ReauthenticationRequiredException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final int maxAgeSeconds;

  public ReauthenticationRequiredException(int maxAgeSeconds) {
    super("Sign in again to do this: your login is older than " + maxAgeSeconds + " seconds.");
    this.maxAgeSeconds = maxAgeSeconds;
  }

  public int maxAgeSeconds() {
    return maxAgeSeconds;
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String type() {
    return "urn:recourse:problem:reauthentication-required";
  }

  @Override
  public String title() {
    return "Sign in again";
  }

  @Override
  public Map<String, String> headers() {
    return Map.of(
        "WWW-Authenticate",
        "Bearer error=\"insufficient_user_authentication\", error_description=\"A more"
            + " recent login is required\", max_age="
            + maxAgeSeconds);
  }
}
