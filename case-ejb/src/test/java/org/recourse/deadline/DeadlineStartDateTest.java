package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.law.DeadlineRule;
import org.recourse.law.Jurisdiction;
import org.recourse.law.OffsetUnit;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;
import org.recourse.law.Statute;
import org.recourse.law.Trigger;
import org.recourse.shared.InvalidInputException;

/** The start date a case team chooses for a deadline whose rule counts from one. */
@ExtendWith(MockitoExtension.class)
class DeadlineStartDateTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  @Mock EntityManager em;
  @Mock SessionContext session;
  @Mock CaseService cases;
  @Mock DeadlineEngine engine;
  @InjectMocks DeadlineService service;

  CaseDeadline deadline;

  @BeforeEach
  void aManualDeadlineOnTheTeamsCase() throws ReflectiveOperationException {
    CaseFile caseFile = withId(new CaseFile("RC-2026-4", "Synthetic case", "alice", NOW), 4L);
    DeadlineRule manual =
        new DeadlineRule(new Statute(new Jurisdiction("US-UT", "Utah", null, "UTC", null)));
    manual.correct(
        "File the complaint",
        Severity.HIGH,
        Trigger.MANUAL,
        30,
        OffsetUnit.CALENDAR_DAYS,
        null,
        null,
        false,
        SourceGrade.PRIMARY);
    deadline = withId(CaseDeadline.fromRule(caseFile, manual, "alice", NOW), 5L);
    when(em.find(CaseDeadline.class, 5L)).thenReturn(deadline);
    when(cases.accessToChange(4L))
        .thenReturn(new CaseAccess(CaseRole.ATTORNEY, true, false, true, false, true, true, true));
    lenient().when(session.getCallerPrincipal()).thenReturn(() -> "bob");
  }

  @Test
  void aDeadlineAlreadyDoneKeepsItsStartDateAndTheChangeIsRefusedNamingStartDate() {
    deadline.close(DeadlineStatus.DONE, "Filed", "alice", NOW);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> service.setStartDate(5L, LocalDate.of(2026, 11, 1)));

    assertTrue(refused.fieldErrors().containsKey("startDate"), refused.fieldErrors().toString());
    verify(engine, never()).startFrom(any(), any(), any(), anyString());
  }

  @Test
  void aWaivedDeadlineIsRefusedToo() {
    deadline.close(DeadlineStatus.WAIVED, "Not pursued", "alice", NOW);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> service.setStartDate(5L, LocalDate.of(2026, 11, 1)));

    assertTrue(refused.fieldErrors().containsKey("startDate"), refused.fieldErrors().toString());
    verify(engine, never()).startFrom(any(), any(), any(), anyString());
  }

  @Test
  void anOpenDeadlineCountsFromTheChosenDate() {
    assertEquals(DeadlineStatus.OPEN, deadline.getStatus());
    jakarta.persistence.TypedQuery<LocalDate> births = org.mockito.Mockito.mock();
    when(em.createQuery(anyString(), org.mockito.ArgumentMatchers.eq(LocalDate.class)))
        .thenReturn(births);
    when(births.setParameter(anyString(), any())).thenReturn(births);
    when(births.getResultList()).thenReturn(java.util.List.of());

    DeadlineViews.DeadlineView shown = service.setStartDate(5L, LocalDate.of(2026, 11, 1));

    assertEquals(5L, shown.id());
    verify(engine).startFrom(deadline, LocalDate.of(2026, 11, 1), null, "bob");
  }

  private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
    Class<?> type = entity.getClass();
    while (type != null) {
      try {
        Field field = type.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
      } catch (NoSuchFieldException e) {
        type = type.getSuperclass();
      }
    }
    throw new NoSuchFieldException("id");
  }
}
