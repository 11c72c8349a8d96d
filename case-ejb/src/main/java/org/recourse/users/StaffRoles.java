package org.recourse.users;

import java.util.Set;

/**
 * The staff roles (attorney, advocate, caseworker, admin) a user holds at the identity provider,
 * which stays their authority. Keycloak answers in production ({@link KeycloakStaffRoles}); tests
 * give a fake.
 */
public interface StaffRoles {

  /**
   * The user's staff roles; empty when the identity provider has no such user, the user holds none,
   * or the identity provider cannot be reached (a suggestion, never a grant).
   */
  Set<String> of(String username);
}
