package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.Spy;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseCommands.NewNote;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CaseNoteServiceTest {

  @Mock private EntityManager em;
  @Mock private SessionContext session;
  @Mock private Validator validator;
  @Mock private CaseAccessService caseAccess;
  @Mock private TypedQuery<CaseNote> noteQuery;
  @Spy private Clock clock = CaseServicesFixture.CLOCK;
  @InjectMocks private CaseNoteService service;

  private final CaseFile caseFile = CaseServicesFixture.aCase();

  @BeforeEach
  void setUp() {
    CaseServicesFixture.givesIds(em);
    when(session.getCallerPrincipal()).thenReturn(() -> "author");
    when(em.createQuery(anyString(), eq(CaseNote.class))).thenReturn(noteQuery);
    when(noteQuery.setParameter(anyString(), any())).thenReturn(noteQuery);
    when(noteQuery.getResultList()).thenReturn(List.of());
  }

  private void callerHas(CaseViews.CaseAccess access) {
    when(caseAccess.changeable(42L)).thenReturn(CaseServicesFixture.grant(caseFile, access));
    when(caseAccess.visible(42L)).thenReturn(CaseServicesFixture.grant(caseFile, access));
  }

  @Test
  void aCaseworkerAddsANoteStrippedAtTheClocksTime() {
    callerHas(CaseServicesFixture.caseworker());

    CaseViews.NoteView saved = service.addNote(42L, new NewNote("  Called the platform.  ", false));

    ArgumentCaptor<CaseNote> note = ArgumentCaptor.forClass(CaseNote.class);
    verify(em).persist(note.capture());
    assertEquals("Called the platform.", note.getValue().getBody());
    assertEquals("author", saved.author());
    assertEquals(CaseServicesFixture.NOW, note.getValue().getCreatedAt());
  }

  @Test
  void onlyAttorneysOnTheTeamWritePrivilegedNotes() {
    callerHas(CaseServicesFixture.advocate());

    assertThrows(
        NotPermittedException.class, () -> service.addNote(42L, new NewNote("Strategy", true)));
    verify(em, never()).persist(any());
  }

  @Test
  void someoneOffTheTeamAddsNoNote() {
    callerHas(CaseServicesFixture.administratorOffTheTeam());

    assertThrows(
        NotPermittedException.class, () -> service.addNote(42L, new NewNote("A note", false)));
    verify(em, never()).persist(any());
  }

  @Test
  void privilegedNotesAreLeftOutOfTheQueryForThoseWhoMayNotReadThem() {
    callerHas(CaseServicesFixture.advocate());
    service.notes(42L);
    callerHas(CaseServicesFixture.lead());
    service.notes(42L);

    ArgumentCaptor<String> jpql = ArgumentCaptor.forClass(String.class);
    verify(em, org.mockito.Mockito.times(2)).createQuery(jpql.capture(), eq(CaseNote.class));
    assertTrue(jpql.getAllValues().get(0).contains("n.privileged = FALSE"));
    assertTrue(!jpql.getAllValues().get(1).contains("privileged"));
  }
}
