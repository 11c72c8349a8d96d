package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.recourse.casefile.CaseCommands.TeamAssignment;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Roles;
import org.recourse.shared.TokenBuckets;
import org.recourse.users.StaffRoles;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class CaseTeamServiceTest {

  @Mock private EntityManager em;
  @Mock private SessionContext session;
  @Mock private Validator validator;
  @Mock private CaseAccessService caseAccess;
  @Mock private TypedQuery<TeamMember> teamQuery;
  @Mock private StaffRoles staffRoles;
  private final long[] nanos = {0};

  @Spy
  private RoleLookupLimiter lookups = new RoleLookupLimiter(new TokenBuckets(1, 2, () -> nanos[0]));

  @Spy private Clock clock = CaseServicesFixture.CLOCK;
  @InjectMocks private CaseTeamService service;

  private final CaseFile caseFile = CaseServicesFixture.aCase();
  private final List<TeamMember> team = new ArrayList<>();

  @BeforeEach
  void setUp() {
    when(session.getCallerPrincipal()).thenReturn(() -> "lead");
    when(em.createQuery(anyString(), eq(TeamMember.class))).thenReturn(teamQuery);
    when(teamQuery.setParameter(anyString(), any())).thenReturn(teamQuery);
    when(teamQuery.getResultList()).thenAnswer(invocation -> List.copyOf(team));
    team.add(
        new TeamMember(caseFile, "lead", CaseRole.LEAD_ATTORNEY, "lead", CaseServicesFixture.NOW));
  }

  private void callerHas(CaseViews.CaseAccess access) {
    when(caseAccess.changeable(42L)).thenReturn(CaseServicesFixture.grant(caseFile, access));
    when(caseAccess.visible(42L)).thenReturn(CaseServicesFixture.grant(caseFile, access));
  }

  @Test
  void theLeadAttorneyAddsAMemberAtTheClocksTime() {
    callerHas(CaseServicesFixture.lead());

    service.assign(42L, new TeamAssignment(" advocate ", CaseRole.ADVOCATE));

    ArgumentCaptor<TeamMember> added = ArgumentCaptor.forClass(TeamMember.class);
    verify(em).persist(added.capture());
    assertEquals("advocate", added.getValue().getUsername());
    assertEquals(CaseRole.ADVOCATE, added.getValue().getCaseRole());
    assertEquals(CaseServicesFixture.NOW, added.getValue().getAddedAt());
    assertEquals(CaseServicesFixture.NOW, caseFile.getUpdatedAt());
  }

  @Test
  void anAdvocateIsOfferedTheAdvocatesCaseRole() {
    callerHas(CaseServicesFixture.lead());
    when(staffRoles.of("advocate")).thenReturn(Set.of(Roles.ADVOCATE));

    assertEquals(Optional.of(CaseRole.ADVOCATE), service.suggestedRole(42L, " advocate "));
  }

  @Test
  void pastTheCallersLimitOfLookupsNoRoleIsSuggestedAndTheIdentityProviderIsNotAsked() {
    callerHas(CaseServicesFixture.lead());
    when(staffRoles.of("advocate")).thenReturn(Set.of(Roles.ADVOCATE));

    assertEquals(Optional.of(CaseRole.ADVOCATE), service.suggestedRole(42L, "advocate"));
    assertEquals(Optional.of(CaseRole.ADVOCATE), service.suggestedRoleForNewCase("advocate"));
    assertEquals(Optional.empty(), service.suggestedRole(42L, "advocate"), "a burst of two");
    verify(staffRoles, org.mockito.Mockito.times(2)).of("advocate");

    nanos[0] += 1_000_000_000L;
    assertEquals(Optional.of(CaseRole.ADVOCATE), service.suggestedRoleForNewCase("advocate"));
  }

  @Test
  void anAttorneyJoinsAsAnAttorneyNotAsLead() {
    assertEquals(
        Optional.of(CaseRole.ATTORNEY),
        CaseRole.suggestedFor(Set.of(Roles.ADVOCATE, Roles.ATTORNEY)));
    assertEquals(Optional.of(CaseRole.CASEWORKER), CaseRole.suggestedFor(Set.of(Roles.CASEWORKER)));
    assertEquals(Optional.empty(), CaseRole.suggestedFor(Set.of(Roles.ADMIN)));
  }

  @Test
  void onlyATeamManagerIsToldSomeonesRole() {
    callerHas(CaseServicesFixture.advocate());
    when(staffRoles.of("advocate")).thenReturn(Set.of(Roles.ADVOCATE));

    assertThrows(NotPermittedException.class, () -> service.suggestedRole(42L, "advocate"));
    verify(staffRoles, never()).of(anyString());
  }

  @Test
  void assigningSomeoneAlreadyOnTheTeamChangesTheirRoleInstead() {
    callerHas(CaseServicesFixture.lead());
    TeamMember advocate =
        new TeamMember(caseFile, "advocate", CaseRole.ADVOCATE, "lead", CaseServicesFixture.NOW);
    team.add(advocate);

    service.assign(42L, new TeamAssignment("advocate", CaseRole.ATTORNEY));

    assertEquals(CaseRole.ATTORNEY, advocate.getCaseRole());
    verify(em, never()).persist(any());
  }

  @Test
  void onlyTheLeadAttorneyOrAnAdministratorManagesTheTeam() {
    callerHas(CaseServicesFixture.advocate());

    assertThrows(
        NotPermittedException.class,
        () -> service.assign(42L, new TeamAssignment("someone", CaseRole.CASEWORKER)));
    assertThrows(NotPermittedException.class, () -> service.unassign(42L, "lead"));
    verify(em, never()).persist(any());
    verify(em, never()).remove(any());
  }

  @Test
  void aCaseKeepsItsLastMember() {
    callerHas(CaseServicesFixture.lead());

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> service.unassign(42L, "lead"));

    assertEquals(List.of("username"), List.copyOf(refused.fieldErrors().keySet()));
    verify(em, never()).remove(any());
  }

  @Test
  void removingSomeoneNotOnTheTeamIsNotFound() {
    callerHas(CaseServicesFixture.lead());

    assertThrows(NotFoundException.class, () -> service.unassign(42L, "stranger"));
  }

  @Test
  void theTeamIsListedAsTheQueryOrdersIt() {
    callerHas(CaseServicesFixture.caseworker());
    team.add(new TeamMember(caseFile, "cw", CaseRole.CASEWORKER, "lead", CaseServicesFixture.NOW));

    assertEquals(
        List.of("lead", "cw"),
        service.team(42L).stream().map(CaseViews.TeamMemberView::username).toList());
  }
}
