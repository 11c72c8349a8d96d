package org.recourse.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.List;
import java.util.Optional;
import org.recourse.shared.InvalidInputException;

/**
 * The users Recourse has seen, with the name and e-mail address Keycloak gave for them. Keycloak
 * stays the authority; this copy lets reminders reach a case team without calling Keycloak.
 */
@Stateless
@PermitAll
public class UserDirectory {

  @PersistenceContext private EntityManager em;

  /**
   * Records (or refreshes) what the identity provider says about a user. A user's first requests
   * may arrive together (two tabs, two nodes of a cluster): the row is inserted by whichever comes
   * first, and the others update it.
   */
  public void seen(String username, String displayName, String email) {
    if (refresh(username, displayName, email) == 0) {
      int inserted =
          em.createNativeQuery(
                  "INSERT INTO user_account (username, display_name, email, last_seen)"
                      + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
              .setParameter(1, username)
              .setParameter(2, displayName)
              .setParameter(3, email)
              .setParameter(4, Instant.now())
              .executeUpdate();
      if (inserted == 0) {
        refresh(username, displayName, email);
      }
    }
  }

  private int refresh(String username, String displayName, String email) {
    return em.createNativeQuery(
            "UPDATE user_account SET display_name = ?1, email = ?2, last_seen = ?3"
                + " WHERE username = ?4")
        .setParameter(1, displayName)
        .setParameter(2, email)
        .setParameter(3, Instant.now())
        .setParameter(4, username)
        .executeUpdate();
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

  /** The time zone the user chose for the pages, if any (pages use UTC otherwise). */
  public Optional<ZoneId> timeZoneOf(String username) {
    List<?> rows =
        em.createNativeQuery("SELECT time_zone FROM user_account WHERE username = ?1")
            .setParameter(1, username)
            .getResultList();
    if (rows.isEmpty() || rows.get(0) == null) {
      return Optional.empty();
    }
    String zone = (String) rows.get(0);
    return isRegion(zone) ? Optional.of(ZoneId.of(zone)) : Optional.empty();
  }

  /**
   * Sets the user's time zone: an IANA region name ("America/New_York", "Europe/London") or "UTC";
   * blank clears it (UTC). Anything else is refused naming the field {@code timeZone}.
   *
   * @return the zone now in effect
   */
  public ZoneId setTimeZone(String username, String zone) {
    String chosen = zone == null || zone.isBlank() ? null : zone.strip();
    if (chosen != null && !isRegion(chosen)) {
      throw new InvalidInputException(
          "timeZone",
          "Not a time zone we know: choose a region such as America/New_York, Europe/London or"
              + " Australia/Sydney, or UTC.");
    }
    int updated =
        em.createNativeQuery("UPDATE user_account SET time_zone = ?1 WHERE username = ?2")
            .setParameter(1, chosen)
            .setParameter(2, username)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO user_account (username, time_zone, last_seen) VALUES (?1, ?2, ?3)")
          .setParameter(1, username)
          .setParameter(2, chosen)
          .setParameter(3, Instant.now())
          .executeUpdate();
    }
    return chosen == null ? ZoneId.of("UTC") : ZoneId.of(chosen);
  }

  /** The zones a person may choose: "UTC" first, then the IANA regions ("Area/City"), sorted. */
  public static List<String> timeZones() {
    return TimeZones.CHOICES;
  }

  private static boolean isRegion(String zone) {
    return TimeZones.KNOWN.contains(zone);
  }

  /** Computed once: the tz database does not change while the server runs. */
  private static final class TimeZones {
    private static final java.util.Set<String> KNOWN;
    private static final List<String> CHOICES;

    static {
      java.util.Set<String> available = ZoneRulesProvider.getAvailableZoneIds();
      List<String> regions =
          available.stream()
              .filter(
                  zone ->
                      zone.matches(
                          "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
                              + "/[A-Za-z0-9_+\\-/]+"))
              .sorted()
              .toList();
      List<String> choices = new java.util.ArrayList<>();
      choices.add("UTC");
      choices.addAll(regions);
      CHOICES = List.copyOf(choices);
      KNOWN = java.util.Set.copyOf(CHOICES);
    }
  }
}
