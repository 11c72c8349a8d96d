package org.recourse.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.recourse.shared.Roles;
import org.recourse.users.KeycloakAdmin;

/**
 * Client users in Recourse's Keycloak realm, through Keycloak's admin API ({@link KeycloakAdmin}: a
 * service-account client with the realm's manage-users, view-users and query-users only, one
 * connection per call). Nothing logged here carries a password.
 */
@ApplicationScoped
public class KeycloakPortalAccounts implements PortalAccounts {

  private static final Logger LOG = Logger.getLogger(KeycloakPortalAccounts.class.getName());

  private static final String UNAVAILABLE =
      "The sign-in service could not be reached or refused the change; nothing was changed."
          + " Try again in a moment.";

  @Override
  public void create(NewAccount account) {
    UserRepresentation user = new UserRepresentation();
    user.setUsername(account.username());
    user.setEnabled(true);
    // Keycloak 26's user profile wants an e-mail address and names, and would ask the client for
    // them at first login; neutral placeholders keep anything identifying out of Keycloak.
    // them at first login; neutral placeholders keep anything identifying out of Keycloak, unless
    // the team chose to have Keycloak mail the client at an address confirmed safe.
    user.setEmail(
        account.email() != null ? account.email() : account.username() + "@portal.invalid");
    user.setEmailVerified(true);
    user.setFirstName("Portal");
    user.setLastName("Client");
    user.setRequiredActions(account.requiredActions());
    if (account.temporaryPassword() != null) {
      CredentialRepresentation password = new CredentialRepresentation();
      password.setType(CredentialRepresentation.PASSWORD);
      password.setValue(account.temporaryPassword());
      password.setTemporary(true);
      user.setCredentials(List.of(password));
    }
    try (Keycloak keycloak = connect()) {
      RealmResource realm = keycloak.realm(realm());
      String id;
      try (Response response = realm.users().create(user)) {
        if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
          throw new UsernameTakenException(account.username());
        }
        id = CreatedResponseUtil.getCreatedId(response);
      }
      UserResource newUser = realm.users().get(id);
      List<RoleRepresentation> client =
          newUser.roles().realmLevel().listAvailable().stream()
              .filter(r -> Roles.CLIENT.equals(r.getName()))
              .toList();
      if (client.isEmpty()) {
        newUser.remove();
        LOG.warning("Keycloak offers no realm role 'client' to map; the new user was removed");
        throw new PortalAccountsUnavailableException(UNAVAILABLE);
      }
      newUser.roles().realmLevel().add(client);
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable("create a client user", e);
    }
  }

  @Override
  public void sendSetPasswordMail(String username, List<String> requiredActions, int validSeconds) {
    try (Keycloak keycloak = connect()) {
      RealmResource realm = keycloak.realm(realm());
      List<UserRepresentation> found = realm.users().search(username, true);
      if (found.isEmpty()) {
        throw new PortalAccountsUnavailableException(UNAVAILABLE);
      }
      UserResource user = realm.users().get(found.get(0).getId());
      if (!clientOnly(user)) {
        throw new PortalAccountsUnavailableException(UNAVAILABLE);
      }
      user.executeActionsEmail(requiredActions, validSeconds);
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable("mail a client user the link to choose a password", e);
    }
  }

  @Override
  public void remove(String username) {
    try (Keycloak keycloak = connect()) {
      RealmResource realm = keycloak.realm(realm());
      for (UserRepresentation user : realm.users().search(username, true)) {
        UserResource resource = realm.users().get(user.getId());
        if (clientOnly(resource)) {
          resource.remove();
        }
      }
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable("remove a client user", e);
    }
  }

  @Override
  public boolean setEnabled(String username, boolean enabled) {
    try (Keycloak keycloak = connect()) {
      RealmResource realm = keycloak.realm(realm());
      List<UserRepresentation> found = realm.users().search(username, true);
      if (found.isEmpty()) {
        return false;
      }
      UserRepresentation user = found.get(0);
      UserResource resource = realm.users().get(user.getId());
      if (!clientOnly(resource)) {
        return false; // never a staff member's account, whatever the link says
      }
      user.setEnabled(enabled);
      resource.update(user);
      if (!enabled) {
        resource.logout();
      }
      return true;
    } catch (ProcessingException | WebApplicationException e) {
      throw unavailable(enabled ? "enable a client user" : "disable a client user", e);
    }
  }

  /** Whether the user holds the role {@code client} and no staff role. */
  private static boolean clientOnly(UserResource user) {
    List<String> roles =
        user.roles().realmLevel().listEffective().stream()
            .map(RoleRepresentation::getName)
            .toList();
    return roles.contains(Roles.CLIENT) && roles.stream().noneMatch(Roles.STAFF::contains);
  }

  private static PortalAccountsUnavailableException unavailable(String what, RuntimeException e) {
    LOG.log(
        Level.WARNING,
        "The Keycloak admin API did not let Recourse {0}: {1}",
        new Object[] {what, e.getClass().getSimpleName() + " " + e.getMessage()});
    return new PortalAccountsUnavailableException(UNAVAILABLE);
  }

  private static Keycloak connect() {
    return KeycloakAdmin.connect();
  }

  private static String realm() {
    return KeycloakAdmin.realm();
  }
}
