package org.recourse.system;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Roles;

/** Reads and changes the {@link SecurityPolicy}, kept as rows of {@code recourse_setting}. */
@Stateless
public class SecurityPolicyService {

  static final String REAUTHENTICATION_SECONDS = "security.reauthentication-seconds";

  @PersistenceContext private EntityManager em;

  /** The policy in force; every signed-in person is subject to it, so every one may read it. */
  @PermitAll
  public SecurityPolicy current() {
    return new SecurityPolicy(
        value(REAUTHENTICATION_SECONDS)
            .map(Integer::valueOf)
            .orElse(SecurityPolicy.DEFAULT_REAUTHENTICATION_SECONDS));
  }

  @RolesAllowed(Roles.ADMIN)
  public SecurityPolicy update(SecurityPolicy policy) {
    int seconds = policy.reauthenticationSeconds();
    if (seconds < 1 || seconds > SecurityPolicy.MAX_REAUTHENTICATION_SECONDS) {
      throw new InvalidInputException(
          "reauthenticationSeconds",
          "Give a number of seconds from 1 to " + SecurityPolicy.MAX_REAUTHENTICATION_SECONDS);
    }
    write(REAUTHENTICATION_SECONDS, Integer.toString(seconds));
    return current();
  }

  private Optional<String> value(String name) {
    @SuppressWarnings("unchecked")
    List<String> values =
        em.createNativeQuery("SELECT setting_value FROM recourse_setting WHERE name = ?1")
            .setParameter(1, name)
            .getResultList();
    return values.stream().findFirst().filter(v -> v.matches("\\d{1,9}"));
  }

  private void write(String name, String value) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int updated =
        em.createNativeQuery(
                "UPDATE recourse_setting SET setting_value = ?2, updated_at = ?3 WHERE name = ?1")
            .setParameter(1, name)
            .setParameter(2, value)
            .setParameter(3, now)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO recourse_setting (name, setting_value, updated_at) VALUES (?1, ?2, ?3)")
          .setParameter(1, name)
          .setParameter(2, value)
          .setParameter(3, now)
          .executeUpdate();
    }
  }
}
