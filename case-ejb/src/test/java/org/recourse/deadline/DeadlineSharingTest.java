package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

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
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;

/** The "share with client" flag a case team sets on a deadline for the portal. */
@ExtendWith(MockitoExtension.class)
class DeadlineSharingTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  @Mock EntityManager em;
  @Mock CaseService cases;
  @InjectMocks DeadlineService service;

  CaseDeadline deadline;

  @BeforeEach
  void aHandEnteredDeadlineOnTheTeamsCase() throws ReflectiveOperationException {
    CaseFile caseFile = withId(new CaseFile("RC-2026-4", "Synthetic case", "alice", NOW), 4L);
    deadline =
        withId(
            CaseDeadline.manual(
                caseFile, "Court hearing", LocalDate.of(2027, 3, 12), null, null, "alice", NOW),
            5L);
    when(em.find(CaseDeadline.class, 5L)).thenReturn(deadline);
  }

  @Test
  void theTeamSharesADeadlineAndStopsSharingIt() {
    when(cases.accessToChange(4L)).thenReturn(access(true));

    assertTrue(service.shareWithClient(5L, true).sharedWithClient());
    assertTrue(deadline.isSharedWithClient());
    assertFalse(service.shareWithClient(5L, false).sharedWithClient());
    assertFalse(deadline.isSharedWithClient());
  }

  @Test
  void whoMayNotAddNotesMayNotShareAndAMissingDeadlineIsNotFound() {
    when(cases.accessToChange(4L)).thenReturn(access(false));

    assertThrows(NotPermittedException.class, () -> service.shareWithClient(5L, true));
    assertFalse(deadline.isSharedWithClient());
    assertThrows(NotFoundException.class, () -> service.shareWithClient(6L, true));
    assertThrows(NotFoundException.class, () -> service.shareWithClient(6L, null));
  }

  @Test
  void theTeamIsToldToSayWhetherTheClientSeesTheDate() {
    when(cases.accessToChange(4L)).thenReturn(access(true));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> service.shareWithClient(5L, null));
    assertTrue(refused.fieldErrors().containsKey("shared"));
  }

  private static CaseAccess access(boolean canAddNotes) {
    return new CaseAccess(CaseRole.ATTORNEY, true, false, true, false, canAddNotes, true, true);
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
