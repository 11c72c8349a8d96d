package org.recourse.casefile;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;

/**
 * Hands out case numbers, {@code R-<year>-<sequence>}, sequential per year and never reused. The
 * counter row is updated in the caller's transaction, so concurrent intakes queue on the row lock
 * instead of taking the same number.
 */
@Stateless
@PermitAll
public class CaseNumbers {

  @PersistenceContext private EntityManager em;

  public String next(Year year) {
    int updated =
        em.createNativeQuery(
                "UPDATE case_number_counter SET last_value = last_value + 1 WHERE case_year = ?1")
            .setParameter(1, year.getValue())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery("INSERT INTO case_number_counter (case_year, last_value) VALUES (?1, 1)")
          .setParameter(1, year.getValue())
          .executeUpdate();
    }
    Number value =
        (Number)
            em.createNativeQuery("SELECT last_value FROM case_number_counter WHERE case_year = ?1")
                .setParameter(1, year.getValue())
                .getSingleResult();
    return format(year, value.intValue());
  }

  static String format(Year year, int sequence) {
    return String.format("R-%d-%04d", year.getValue(), sequence);
  }

  /**
   * The order of a case number as a number, for sorting the case list from an index: year, then
   * sequence ({@code R-2026-99998} before {@code R-2026-100065}, which sort the other way as text).
   * A number not of the form {@code R-<year>-<sequence>} sorts first.
   */
  public static long order(String number) {
    String[] parts = number.split("-");
    if (parts.length != 3) {
      return 0;
    }
    try {
      return Long.parseLong(parts[1]) * ORDER_YEAR + Long.parseLong(parts[2]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A year's place in {@link #order}: room for a billion cases a year. */
  private static final long ORDER_YEAR = 1_000_000_000L;
}
