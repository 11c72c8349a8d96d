package org.recourse.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.recourse.shared.Roles;

/** A user's staff roles as Keycloak's admin API states them (the realm roles in effect). */
@ApplicationScoped
public class KeycloakStaffRoles implements StaffRoles {

  private static final Logger LOG = Logger.getLogger(KeycloakStaffRoles.class.getName());

  @Override
  public Set<String> of(String username) {
    if (username == null || username.isBlank()) {
      return Set.of();
    }
    try (Keycloak keycloak = KeycloakAdmin.connect()) {
      RealmResource realm = keycloak.realm(KeycloakAdmin.realm());
      List<UserRepresentation> found = realm.users().search(username.strip(), true);
      if (found.isEmpty()) {
        return Set.of();
      }
      return realm.users().get(found.get(0).getId()).roles().realmLevel().listEffective().stream()
          .map(RoleRepresentation::getName)
          .filter(Roles.STAFF::contains)
          .collect(Collectors.toUnmodifiableSet());
    } catch (ProcessingException | WebApplicationException e) {
      LOG.log(
          Level.WARNING,
          "The Keycloak admin API did not tell a user''s roles: {0}",
          e.getClass().getSimpleName() + " " + e.getMessage());
      return Set.of();
    }
  }
}
