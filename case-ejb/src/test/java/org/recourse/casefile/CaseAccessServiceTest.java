package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.audit.AccessLog;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Roles;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CaseAccessServiceTest {

  @Mock private EntityManager em;
  @Mock private SessionContext session;
  @Mock private AccessLog accessLog;
  @Mock private TypedQuery<CaseRole> roleQuery;
  @InjectMocks private CaseAccessService service;

  @BeforeEach
  void caller() {
    when(session.getCallerPrincipal()).thenReturn(() -> "alice");
    when(em.createQuery(anyString(), eq(CaseRole.class))).thenReturn(roleQuery);
    when(roleQuery.setParameter(anyString(), any())).thenReturn(roleQuery);
  }

  private void onTeamAs(CaseRole role) {
    when(roleQuery.getResultList()).thenReturn(role == null ? List.of() : List.of(role));
  }

  @Test
  void aCaseOffTheCallersTeamIsAnsweredAsNotFoundAndTheRefusalIsLogged() {
    CaseFile caseFile = new CaseFile("2026-0001", "A case", "bob", Instant.EPOCH);
    when(em.find(CaseFile.class, 7L)).thenReturn(caseFile);
    onTeamAs(null);

    NotFoundException refused = assertThrows(NotFoundException.class, () -> service.visible(7L));

    assertEquals("No such case", refused.getMessage());
    verify(accessLog).denied(eq(7L), eq(null), eq(null), anyString());
  }

  @Test
  void aMissingCaseIsNotFoundWithoutALogEntry() {
    when(em.find(CaseFile.class, 8L)).thenReturn(null);
    onTeamAs(null);

    assertThrows(NotFoundException.class, () -> service.visible(8L));

    verify(accessLog, never()).denied(any(), any(), any(), any());
  }

  @Test
  void anAdministratorOffTheTeamSeesTheCaseButNotTheVictimsIdentity() {
    CaseFile caseFile = new CaseFile("2026-0002", "A case", "bob", Instant.EPOCH);
    when(em.find(CaseFile.class, 9L)).thenReturn(caseFile);
    when(session.isCallerInRole(Roles.ADMIN)).thenReturn(true);
    onTeamAs(null);

    CaseAccessService.Grant grant = service.visible(9L);

    assertSame(caseFile, grant.caseFile());
    assertTrue(grant.access().canEdit());
    assertTrue(grant.access().canManageTeam());
    assertFalse(grant.access().canSeeIdentity());
    assertFalse(grant.access().canReadPrivileged());
  }

  @Test
  void onlyTheLeadAttorneyOrAnAdministratorManagesTheTeam() {
    assertTrue(
        CaseAccessService.accessFor(CaseRole.LEAD_ATTORNEY, false, true, false).canManageTeam());
    assertFalse(CaseAccessService.accessFor(CaseRole.ATTORNEY, false, true, false).canManageTeam());
    assertFalse(CaseAccessService.accessFor(CaseRole.ADVOCATE, false, false, true).canManageTeam());
    assertTrue(CaseAccessService.accessFor(null, true, false, false).canManageTeam());
  }

  @Test
  void aCaseworkerOnTheTeamSeesTheIdentityAndAddsNotesButDoesNotEdit() {
    CaseAccess access = CaseAccessService.accessFor(CaseRole.CASEWORKER, false, false, false);
    assertTrue(access.canSeeIdentity());
    assertTrue(access.canAddNotes());
    assertFalse(access.canEdit());
    assertFalse(access.canReadPrivileged());
    assertFalse(access.canHandleEvidence());
  }

  @Test
  void onlyAnAttorneyInAnAttorneysSeatReadsPrivilegedNotes() {
    assertTrue(
        CaseAccessService.accessFor(CaseRole.ATTORNEY, false, true, false).canReadPrivileged());
    assertFalse(
        CaseAccessService.accessFor(CaseRole.ADVOCATE, false, true, false).canReadPrivileged());
    assertFalse(
        CaseAccessService.accessFor(CaseRole.ATTORNEY, false, false, true).canReadPrivileged());
  }

  @Test
  void aPurgedCaseIsReadOnly() {
    CaseAccess lead = CaseAccessService.accessFor(CaseRole.LEAD_ATTORNEY, false, true, false);
    CaseAccess purged = CaseAccessService.readOnly(lead);
    assertFalse(purged.canEdit());
    assertFalse(purged.canManageTeam());
    assertFalse(purged.canAddNotes());
    assertFalse(purged.canAddEvidence());
    assertTrue(purged.canSeeIdentity());
    assertTrue(purged.canReadPrivileged());
  }

  @Test
  void theTeamFilterIsOneExistsSubquery() {
    assertEquals(
        "EXISTS (SELECT t FROM TeamMember t WHERE t.caseFile = d.caseFile AND t.username = :me)",
        CaseAccessService.onTeam("d.caseFile", "me"));
  }
}
