package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;

/** Synthetic requests, platforms and cases for the removal services' unit tests. */
final class RemovalFixtures {

  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  private RemovalFixtures() {}

  /** Gives a not-yet-stored entity the id the database would have given it. */
  static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static CaseFile caseFile(long id) {
    return withId(new CaseFile("RC-2026-" + id, "Synthetic case", "alice", NOW), id);
  }

  static Platform platform(long id, String name, LegalBasis... bases) {
    Platform platform = withId(new Platform("p" + id, name), id);
    platform.setBases(Set.of(bases));
    return platform;
  }

  static RemovalRequest request(long id, CaseFile caseFile, Platform platform, LegalBasis basis) {
    return withId(
        new RemovalRequest(
            caseFile,
            platform,
            "https://images.example/a/" + id,
            "images.example",
            ContentKind.IMAGE,
            basis,
            "alice",
            NOW.minusSeconds(3600)),
        id);
  }

  /** What a member of the case team may do. */
  static CaseAccess team() {
    return new CaseAccess(CaseRole.CASEWORKER, true, false, true, false, true, true, true);
  }

  /** What someone who sees the case but is not on its team may do. */
  static CaseAccess onlooker() {
    return new CaseAccess(null, false, false, false, false, false, false, false);
  }

  /**
   * Asserts that the call is refused as invalid input naming the field, and returns the refusal.
   */
  static InvalidInputException refusedNaming(String field, Executable call) {
    InvalidInputException e = assertThrows(InvalidInputException.class, call);
    assertTrue(e.fieldErrors().containsKey(field), () -> field + " not in " + e.fieldErrors());
    return e;
  }
}
