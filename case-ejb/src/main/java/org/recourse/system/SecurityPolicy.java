package org.recourse.system;

/**
 * The organisation's security settings that administrators may change while Recourse runs.
 *
 * @param reauthenticationSeconds how recent a person's login must be before they may reveal or
 *     download evidence or export a package; older logins are sent back to Keycloak with {@code
 *     max_age} (pages) or answered 401 {@code insufficient_user_authentication} (API)
 */
public record SecurityPolicy(int reauthenticationSeconds) {

  public static final int DEFAULT_REAUTHENTICATION_SECONDS = 900;
  public static final int MAX_REAUTHENTICATION_SECONDS = 86_400;
}
