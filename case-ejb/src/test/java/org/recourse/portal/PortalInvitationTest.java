package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
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
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.Victim;
import org.recourse.portal.PortalCommands.MailInvitation;
import org.recourse.portal.PortalCommands.PortalAccessChange;
import org.recourse.portal.PortalViews.PortalInvitationView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class PortalInvitationTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:15:00Z");

  @Mock private SessionContext session;
  @Mock private PortalRepository repository;
  @Mock private CaseAccessService caseAccess;
  @Spy private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  @InjectMocks private PortalTeamService service;

  private final FakeAccounts accounts = new FakeAccounts();
  private final CaseFile own = withId(new CaseFile("RC-2026-7", "Own", "lead", NOW), 7L);

  @BeforeEach
  void setUp() {
    Validator validator =
        jakarta.validation.Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
    set(service, "validator", validator);
    set(service, "accounts", accounts);
    when(session.getCallerPrincipal()).thenReturn(() -> "lead");
    CaseAccess lead =
        new CaseAccess(CaseRole.LEAD_ATTORNEY, true, true, true, true, true, true, true);
    when(caseAccess.changeable(7L)).thenReturn(new Grant(own, lead));
    when(repository.linksOf(7L)).thenReturn(List.of());
  }

  @AfterEach
  void clearSetting() {
    System.clearProperty("recourse.portal.require-otp");
  }

  @Test
  void anInvitationCreatesANeutralUserWithATemporaryPasswordThatMustBeChangedAndLinksIt() {
    PortalInvitationView invitation = service.invite(7L);

    assertEquals(1, accounts.created.size());
    PortalAccounts.NewAccount account = accounts.created.get(0);
    assertTrue(account.username().matches("c-[a-z2-9]{10}"), account.username());
    assertFalse(account.username().contains("own"), "nothing of the case in the name");
    assertEquals(List.of(PortalAccounts.UPDATE_PASSWORD), account.requiredActions());
    assertEquals(account.username(), invitation.username());
    assertEquals(account.temporaryPassword(), invitation.temporaryPassword());
    assertTrue(invitation.temporaryPassword().length() >= 20);

    ArgumentCaptor<PortalLink> link = ArgumentCaptor.forClass(PortalLink.class);
    verify(repository).add(link.capture());
    assertEquals(account.username(), link.getValue().getUsername());
    assertTrue(link.getValue().isInvited());
    assertTrue(link.getValue().isEnabled());
    assertEquals("lead", link.getValue().getLinkedBy());
    assertEquals(NOW, link.getValue().getLinkedAt());
    assertEquals(NOW, own.getUpdatedAt(), "the case history shows the invitation");
    assertTrue(invitation.access().invited());
  }

  @Test
  void twoInvitationsOfOneCaseAreMadeInTurnTheCaseLockedFirst() {
    service.invite(7L);

    org.mockito.InOrder order = org.mockito.Mockito.inOrder(repository);
    order.verify(repository).lock(own);
    order.verify(repository).linksOf(7L);
  }

  @Test
  void aUserCreatedForAnInvitationThatCannotBeRecordedIsRemovedAgain() {
    org.mockito.Mockito.doThrow(new IllegalStateException("the database refused"))
        .when(repository)
        .flush();

    assertThrows(IllegalStateException.class, () -> service.invite(7L));

    assertEquals(1, accounts.created.size());
    assertEquals(List.of(accounts.created.get(0).username()), accounts.removed);
  }

  private Victim client(boolean safeByEmail, String never) {
    Victim victim = new Victim(own, "Client");
    victim.setSafeChannels(false, false, safeByEmail, false);
    victim.setNeverContactThrough(never);
    when(repository.victim(own)).thenReturn(java.util.Optional.of(victim));
    return victim;
  }

  @Test
  void aMailInvitationGivesTheAddressToTheUserWithNoPasswordAndHasTheLinkMailed() {
    client(true, "work phone");

    PortalInvitationView invitation =
        service.inviteByMail(7L, new MailInvitation(" safe@example.org ", true));

    PortalAccounts.NewAccount account = accounts.created.get(0);
    assertEquals("safe@example.org", account.email());
    assertEquals(null, account.temporaryPassword(), "no password passes through the team");
    assertEquals(null, invitation.temporaryPassword());
    assertEquals(Map.of(account.username(), 72 * 3600), accounts.mailed);
    assertFalse(account.toString().contains("safe@example.org"), account.toString());
    verify(repository).add(any(PortalLink.class));
  }

  @Test
  void aMailInvitationIsRefusedNamingTheFieldWhenThePlanDoesNotAllowEmail() {
    client(false, null);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.inviteByMail(7L, new MailInvitation("safe@example.org", true)));
    assertTrue(refused.fieldErrors().get("email").contains("does not list e-mail"));
    assertTrue(accounts.created.isEmpty(), "no user created");
  }

  @Test
  void aMailInvitationIsRefusedForAnAddressOrChannelThePlanSaysNeverToUse() {
    client(true, "Never: old@example.org (the partner reads it)");
    assertThrows(
        InvalidInputException.class,
        () -> service.inviteByMail(7L, new MailInvitation("Old@Example.org", true)));
    client(true, "never by e-mail");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> service.inviteByMail(7L, new MailInvitation("new@example.org", true)));
    assertEquals(Set.of("email"), refused.fieldErrors().keySet());
    assertTrue(accounts.created.isEmpty());
  }

  @Test
  void aMailInvitationNeedsAnAddressAndTheTeamsConfirmation() {
    client(true, null);
    InvalidInputException unconfirmed =
        assertThrows(
            InvalidInputException.class,
            () -> service.inviteByMail(7L, new MailInvitation("safe@example.org", false)));
    assertEquals(Set.of("confirmedSafe"), unconfirmed.fieldErrors().keySet());
    InvalidInputException notAnAddress =
        assertThrows(
            InvalidInputException.class,
            () -> service.inviteByMail(7L, new MailInvitation("not an address", true)));
    assertEquals(Set.of("email"), notAnAddress.fieldErrors().keySet());
    assertTrue(accounts.created.isEmpty());
  }

  @Test
  void aMailThatCannotBeSentLeavesNothing() {
    client(true, null);
    accounts.mailDown = true;

    PortalAccountsUnavailableException down =
        assertThrows(
            PortalAccountsUnavailableException.class,
            () -> service.inviteByMail(7L, new MailInvitation("safe@example.org", true)));

    assertTrue(down.getMessage().contains("could not send the e-mail"), down.getMessage());
    assertEquals(List.of(accounts.created.get(0).username()), accounts.removed);
  }

  @Test
  void thePasswordIsInNoStringThatCouldReachALog() {
    PortalInvitationView invitation = service.invite(7L);
    String password = invitation.temporaryPassword();

    assertFalse(invitation.toString().contains(password), invitation.toString());
    assertFalse(accounts.created.get(0).toString().contains(password));
  }

  @Test
  void theOrganisationCanRequireAOneTimeCodeAppAtFirstLogin() {
    System.setProperty("recourse.portal.require-otp", "true");

    service.invite(7L);

    assertEquals(
        List.of(PortalAccounts.UPDATE_PASSWORD, PortalAccounts.CONFIGURE_TOTP),
        accounts.created.get(0).requiredActions());
  }

  @Test
  void aTakenUsernameIsReplacedByAnotherRandomOne() {
    accounts.takenAttempts = 2;

    PortalInvitationView invitation = service.invite(7L);

    assertEquals(3, accounts.attempted.size());
    assertEquals(3, new HashSet<>(accounts.attempted).size(), "each attempt a new name");
    assertEquals(accounts.attempted.get(2), invitation.username());
  }

  @Test
  void aCaseWhoseClientAlreadyHasAPortalUserIsRefusedWithoutCreatingAnother() {
    when(repository.linksOf(7L)).thenReturn(List.of(new PortalLink("c-existing", own, NOW, "x")));

    AlreadyInvitedException refused =
        assertThrows(AlreadyInvitedException.class, () -> service.invite(7L));

    assertEquals(409, refused.status());
    assertTrue(accounts.created.isEmpty());
    verify(repository, never()).add(any());
  }

  @Test
  void anUnreachableSignInServiceChangesNothingHereAndAnswers503() {
    accounts.down = true;

    PortalAccountsUnavailableException refused =
        assertThrows(PortalAccountsUnavailableException.class, () -> service.invite(7L));

    assertEquals(503, refused.status());
    verify(repository, never()).add(any());
  }

  @Test
  void onlyWhoManagesTheTeamInvites() {
    CaseAccess member =
        new CaseAccess(CaseRole.CASEWORKER, true, false, true, false, true, true, false);
    when(caseAccess.changeable(7L)).thenReturn(new Grant(own, member));

    assertThrows(NotPermittedException.class, () -> service.invite(7L));
    assertThrows(
        NotPermittedException.class,
        () -> service.changeAccess(7L, new PortalAccessChange("c-abc", false)));
    assertTrue(accounts.created.isEmpty());
    assertTrue(accounts.enabled.isEmpty());
  }

  @Test
  void disablingClosesTheUserAtTheSignInServiceAndHereAndEnablingReopensIt() {
    PortalLink link = PortalLink.invited("c-abcdefghjk", own, NOW.minusSeconds(600), "lead");
    when(repository.linksOf(7L)).thenReturn(List.of(link));

    var disabled = service.changeAccess(7L, new PortalAccessChange("C-ABCDEFGHJK", false));

    assertFalse(disabled.enabled());
    assertFalse(link.isEnabled());
    assertEquals(Boolean.FALSE, accounts.enabled.get("c-abcdefghjk"));
    assertEquals(NOW, disabled.accessChangedAt());
    assertEquals("lead", disabled.accessChangedBy());
    assertEquals(NOW, own.getUpdatedAt());

    var enabled = service.changeAccess(7L, new PortalAccessChange("c-abcdefghjk", true));

    assertTrue(enabled.enabled());
    assertEquals(Boolean.TRUE, accounts.enabled.get("c-abcdefghjk"));
  }

  @Test
  void aLinkedUsernameThatRecourseDidNotCreateIsClosedHereOnlyNeverAtTheSignInService() {
    PortalLink link = new PortalLink("admin", own, NOW.minusSeconds(600), "lead");
    when(repository.linksOf(7L)).thenReturn(List.of(link));

    var disabled = service.changeAccess(7L, new PortalAccessChange("admin", false));

    assertFalse(disabled.enabled());
    assertFalse(link.isEnabled());
    assertTrue(accounts.enabled.isEmpty(), accounts.enabled.toString());
  }

  @Test
  void aUsernameNotOfThisCaseOrAMissingFlagIsRefusedNamingTheField() {
    when(repository.linksOf(7L)).thenReturn(List.of(PortalLink.invited("c-one", own, NOW, "x")));

    InvalidInputException other =
        assertThrows(
            InvalidInputException.class,
            () -> service.changeAccess(7L, new PortalAccessChange("c-two", false)));
    assertTrue(other.fieldErrors().containsKey("username"), other.fieldErrors().toString());

    InvalidInputException noFlag =
        assertThrows(
            InvalidInputException.class,
            () -> service.changeAccess(7L, new PortalAccessChange("c-one", null)));
    assertTrue(noFlag.fieldErrors().containsKey("enabled"), noFlag.fieldErrors().toString());
    assertTrue(accounts.enabled.isEmpty());
  }

  @Test
  void generatedCredentialsAreRandomLongAndMixed() {
    Random random = new Random(42);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = PortalCredentials.temporaryPassword(random);
      assertEquals(20, password.length());
      assertTrue(password.chars().anyMatch(Character::isUpperCase), password);
      assertTrue(password.chars().anyMatch(Character::isLowerCase), password);
      assertTrue(password.chars().anyMatch(Character::isDigit), password);
      assertFalse(password.matches(".*[0O1lI].*"), password);
      names.add(PortalCredentials.username(random));
    }
    assertEquals(200, names.size());
    assertNotEquals(
        PortalCredentials.temporaryPassword(new Random(1)),
        PortalCredentials.temporaryPassword(new Random(2)));
  }

  /** The identity provider, in memory. */
  static final class FakeAccounts implements PortalAccounts {
    final List<NewAccount> created = new ArrayList<>();
    final List<String> attempted = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final Map<String, Integer> mailed = new HashMap<>();
    boolean mailDown;
    final Map<String, Boolean> enabled = new HashMap<>();
    int takenAttempts;
    boolean down;

    @Override
    public void create(NewAccount account) {
      if (down) {
        throw new PortalAccountsUnavailableException("down");
      }
      attempted.add(account.username());
      if (takenAttempts > 0) {
        takenAttempts--;
        throw new UsernameTakenException(account.username());
      }
      created.add(account);
    }

    @Override
    public void sendSetPasswordMail(String username, List<String> actions, int validSeconds) {
      if (mailDown) {
        throw new PortalAccountsUnavailableException("no mail");
      }
      mailed.put(username, validSeconds);
    }

    @Override
    public void remove(String username) {
      if (down) {
        throw new PortalAccountsUnavailableException("down");
      }
      removed.add(username);
    }

    @Override
    public boolean setEnabled(String username, boolean value) {
      if (down) {
        throw new PortalAccountsUnavailableException("down");
      }
      enabled.put(username, value);
      return true;
    }
  }

  private static <T> T withId(T entity, long id) {
    set(entity, "id", id);
    return entity;
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
