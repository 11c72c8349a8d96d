package org.recourse.portal;

import java.util.List;

/**
 * The identity provider's side of portal access: client users created, opened and closed. Keycloak
 * answers in production ({@link KeycloakPortalAccounts}); tests give a fake.
 */
public interface PortalAccounts {

  /** Keycloak's required action that makes the user choose a password at first login. */
  String UPDATE_PASSWORD = "UPDATE_PASSWORD";

  /** Keycloak's required action that makes the user set up a one-time-code app. */
  String CONFIGURE_TOTP = "CONFIGURE_TOTP";

  /**
   * Creates an enabled user with the realm role {@code client}, the given temporary password and
   * required actions.
   *
   * @throws UsernameTakenException when the identity provider already has that username
   * @throws PortalAccountsUnavailableException when the identity provider cannot be reached or
   *     refuses
   */
  void create(NewAccount account);

  /**
   * Lets the user log in, or not (a disabled user's sessions end). Returns false when the identity
   * provider has no such user.
   *
   * @throws PortalAccountsUnavailableException when the identity provider cannot be reached
   */
  boolean setEnabled(String username, boolean enabled);

  /**
   * Deletes a client user this service created moments before, when the invitation it was created
   * for could not be recorded. Never a user without the role {@code client} or with a staff role.
   *
   * @throws PortalAccountsUnavailableException when the identity provider cannot be reached
   */
  void remove(String username);

  /**
   * Has the identity provider mail the user a link to do their required actions (choose a
   * password), valid for the given time.
   *
   * @throws PortalAccountsUnavailableException when the identity provider cannot be reached or
   *     cannot send mail
   */
  void sendSetPasswordMail(String username, List<String> requiredActions, int validSeconds);

  /**
   * A client user to create: with a one-time password shown once and never kept or logged, or
   * (password null) with the client's e-mail address, to which the identity provider mails a link
   * to choose one. Neither is in {@link #toString()}.
   */
  record NewAccount(
      String username, String temporaryPassword, List<String> requiredActions, String email) {

    NewAccount(String username, String temporaryPassword, List<String> requiredActions) {
      this(username, temporaryPassword, requiredActions, null);
    }

    @Override
    public String toString() {
      return "NewAccount[username=" + username + ", requiredActions=" + requiredActions + "]";
    }
  }

  /** The identity provider already has a user of that name. */
  class UsernameTakenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
      super("The username " + username + " is taken");
    }
  }
}
