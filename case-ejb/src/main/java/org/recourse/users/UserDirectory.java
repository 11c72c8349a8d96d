package org.recourse.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users Recourse has seen, with the name and e-mail address Keycloak gave for them. Keycloak
 * stays the authority; this copy lets reminders reach a case team without calling Keycloak.
 */
@Stateless
@PermitAll
public class UserDirectory {

  @PersistenceContext private EntityManager em;

  /** Records (or refreshes) what the identity provider says about a user. */
  public void seen(String username, String displayName, String email) {
    int updated =
        em.createNativeQuery(
                "UPDATE user_account SET display_name = ?1, email = ?2, last_seen = ?3"
                    + " WHERE username = ?4")
            .setParameter(1, displayName)
            .setParameter(2, email)
            .setParameter(3, Instant.now())
            .setParameter(4, username)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO user_account (username, display_name, email, last_seen)"
                  + " VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, username)
          .setParameter(2, displayName)
          .setParameter(3, email)
          .setParameter(4, Instant.now())
          .executeUpdate();
    }
  }

  public Optional<String> emailOf(String username) {
    List<?> rows =
        em.createNativeQuery("SELECT email FROM user_account WHERE username = ?1")
            .setParameter(1, username)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of((String) rows.get(0));
  }
}
