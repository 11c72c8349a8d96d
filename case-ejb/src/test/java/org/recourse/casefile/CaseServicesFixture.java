package org.recourse.casefile;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseViews.CaseAccess;

/** What the case services' unit tests share: a fixed clock, cases and the access they grant. */
final class CaseServicesFixture {

  static final Instant NOW = Instant.parse("2026-11-30T10:15:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private CaseServicesFixture() {}

  static CaseFile aCase() {
    return new CaseFile(
        "2026-0042", "A synthetic case", "lead", Instant.parse("2026-11-01T09:00:00Z"));
  }

  static CaseAccess lead() {
    return new CaseAccess(CaseRole.LEAD_ATTORNEY, true, true, true, true, true, true, true);
  }

  static CaseAccess advocate() {
    return new CaseAccess(CaseRole.ADVOCATE, true, false, true, false, true, true, true);
  }

  static CaseAccess caseworker() {
    return new CaseAccess(CaseRole.CASEWORKER, false, false, true, false, true, true, false);
  }

  /** An administrator off the team: sees the case, not the identity, adds nothing. */
  static CaseAccess administratorOffTheTeam() {
    return new CaseAccess(null, true, true, false, false, false, false, false);
  }

  static Grant grant(CaseFile caseFile, CaseAccess access) {
    return new Grant(caseFile, access);
  }

  /** Makes the mocked entity manager give each persisted entity an id, as the database would. */
  static void givesIds(EntityManager em) {
    org.mockito.Mockito.doAnswer(
            invocation -> {
              Object entity = invocation.getArgument(0);
              Field id = entity.getClass().getDeclaredField("id");
              id.setAccessible(true);
              id.set(entity, 1L);
              return null;
            })
        .when(em)
        .persist(org.mockito.ArgumentMatchers.any());
  }
}
