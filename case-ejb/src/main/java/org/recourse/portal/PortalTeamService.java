package org.recourse.portal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.Victim;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.portal.PortalAccounts.NewAccount;
import org.recourse.portal.PortalAccounts.UsernameTakenException;
import org.recourse.portal.PortalCommands.MailInvitation;
import org.recourse.portal.PortalCommands.NewPortalLink;
import org.recourse.portal.PortalCommands.PortalAccessChange;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalInvitationView;
import org.recourse.portal.PortalViews.PortalLinkView;
import org.recourse.portal.Suggestions.SuggestionView;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Settings;
import org.recourse.shared.Validation;

/**
 * The team's side of the portal: who may open the case through it, and what the client wrote there.
 * Whoever sees the case reads them; the lead attorney and administrators (who manage the team)
 * decide who may open it, invite the client (Recourse creates the client's user at the identity
 * provider) and open or close that access again. Every link and every change of access is a change
 * of the audited {@link PortalLink}, so the case history shows it; the invitation's password is in
 * none of them.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class PortalTeamService {

  private static final Logger LOG = Logger.getLogger(PortalTeamService.class.getName());

  @Resource private SessionContext session;
  @Inject private PortalRepository repository;
  @Inject private EvidenceLabels evidenceLabels;
  @Inject private Clock clock;
  @Inject private Validator validator;
  @EJB private CaseAccessService caseAccess;
  @Inject private PortalAccounts accounts;

  private final RandomGenerator random = new SecureRandom();

  /** How often a new random username is tried when the identity provider already has one. */
  static final int USERNAME_ATTEMPTS = 3;

  public List<PortalLinkView> links(long caseId) {
    caseAccess.visible(caseId);
    return repository.linksOf(caseId).stream().map(PortalViews::of).toList();
  }

  /**
   * Lets a client's user open this case through the portal. A user has one case: a username already
   * linked to another case is moved here only when the caller also manages that case (an
   * administrator, or the lead attorney of both); otherwise it is refused naming {@code username},
   * so no team takes another team's client onto its own case. The move is recorded in both cases'
   * histories. The username is kept in lower case, as Keycloak keeps it.
   */
  public PortalLinkView link(long caseId, NewPortalLink command) {
    Grant grant = caseAccess.changeable(caseId);
    if (!grant.access().canManageTeam()) {
      throw new NotPermittedException(
          "Only the lead attorney or an administrator gives portal access");
    }
    Validation.check(validator, command);
    String username = normalise(command.username());
    CaseFile caseFile = grant.caseFile();
    Instant now = Instant.now(clock);
    Optional<PortalLink> existing = repository.linkOf(username);
    PortalLink link;
    if (existing.isPresent()) {
      link = existing.get();
      CaseFile previous = link.getCaseFile();
      if (previous.getId().equals(caseFile.getId())) {
        return PortalViews.of(link);
      }
      if (!managesAlso(previous.getId())) {
        throw new InvalidInputException(
            "username",
            "This user already opens another case through the portal; only someone who manages"
                + " that case too can move them here");
      }
      link.moveTo(caseFile, now, me());
      previous.touch(me(), now);
    } else {
      link = new PortalLink(username, caseFile, now, me());
      repository.add(link);
    }
    caseFile.touch(me(), now);
    repository.flush();
    return PortalViews.of(link);
  }

  /**
   * Invites the case's client: creates a client user with a neutral random username (never derived
   * from the client's name) and a one-time password that must be changed at first login (and a
   * one-time-code app set up, where {@code recourse.portal.require-otp} says so), and links it to
   * the case. The password is returned here once and kept nowhere. A case whose client already has
   * a portal user is refused (409): open or close that one instead.
   */
  public PortalInvitationView invite(long caseId) {
    return invite(caseId, false, null);
  }

  /**
   * Invites the case's client as {@link #invite} does, but with no password to pass on: the client
   * user gets the e-mail address the team gives, and the sign-in service (Keycloak) mails it a link
   * to choose a password (valid {@value #MAIL_LINK_HOURS} hours). Only to an address the team
   * confirms is safe, and refused, naming {@code email}, when the client's safe-contact plan does
   * not list e-mail as safe or says never to use that address or e-mail. If the mail cannot be
   * sent, nothing is kept (503).
   */
  public PortalInvitationView inviteByMail(long caseId, MailInvitation mail) {
    return invite(caseId, true, mail);
  }

  /** How long the set-password link in the sign-in service's e-mail stays valid. */
  static final int MAIL_LINK_HOURS = 72;

  private PortalInvitationView invite(long caseId, boolean byMail, MailInvitation mail) {
    Grant grant = caseAccess.changeable(caseId);
    if (!grant.access().canManageTeam()) {
      throw new NotPermittedException(
          "Only the lead attorney or an administrator invites the client to the portal");
    }
    if (byMail) {
      Validation.check(validator, mail);
    }
    // Two invitations of one case at the same moment: the second waits here for the first to end,
    // then finds its link.
    repository.lock(grant.caseFile());
    List<PortalLink> existing = repository.linksOf(caseId);
    if (!existing.isEmpty()) {
      throw new AlreadyInvitedException(
          "The client already has a portal user ("
              + existing.get(0).getUsername()
              + "); enable or disable that access instead");
    }
    String email = mail == null ? null : mail.email().strip();
    if (email != null) {
      refuseUnsafe(grant.caseFile(), email);
    }
    List<String> actions = new ArrayList<>(List.of(PortalAccounts.UPDATE_PASSWORD));
    if (requireOtp()) {
      actions.add(PortalAccounts.CONFIGURE_TOTP);
    }
    NewAccount account = createAccount(actions, email);
    Instant now = Instant.now(clock);
    CaseFile caseFile = grant.caseFile();
    PortalLink link = PortalLink.invited(account.username(), caseFile, now, me());
    try {
      repository.add(link);
      caseFile.touch(me(), now);
      repository.flush();
    } catch (RuntimeException notRecorded) {
      removeUnlinked(account.username(), notRecorded);
      throw notRecorded;
    }
    if (email != null) {
      try {
        accounts.sendSetPasswordMail(account.username(), actions, MAIL_LINK_HOURS * 3600);
      } catch (PortalAccountsUnavailableException notSent) {
        removeUnlinked(account.username(), notSent);
        throw new PortalAccountsUnavailableException(
            "The sign-in service could not send the e-mail (is mail set up for the realm?);"
                + " nothing was changed. Invite with a one-time password instead, or try again.");
      }
    }
    return new PortalInvitationView(
        account.username(), account.temporaryPassword(), PortalViews.of(link));
  }

  /**
   * Refuses an address the client's safe-contact plan rules out: e-mail not among the safe
   * channels, or the address (or e-mail as a whole) named under "never contact through".
   */
  private void refuseUnsafe(CaseFile caseFile, String email) {
    Victim client = repository.victim(caseFile).orElse(null);
    if (client == null || !client.isSafeByEmail()) {
      throw new InvalidInputException(
          "email",
          "The client's safe-contact plan does not list e-mail as a safe channel: invite with a"
              + " one-time password and pass it on through a channel the plan allows");
    }
    String never =
        client.getNeverContactThrough() == null
            ? ""
            : client.getNeverContactThrough().toLowerCase(Locale.ROOT);
    if (never.contains(email.toLowerCase(Locale.ROOT))
        || never.matches("(?s).*\\be-?mails?\\b.*")) {
      throw new InvalidInputException(
          "email",
          "The client's safe-contact plan says never to contact them through this address or by"
              + " e-mail");
    }
  }

  /** A user created for an invitation that could not be recorded opens nothing: it goes again. */
  private void removeUnlinked(String username, RuntimeException cause) {
    try {
      accounts.remove(username);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
      LOG.log(
          Level.WARNING,
          "A client user created for an invitation that was not recorded could not be removed;"
              + " remove {0} in Keycloak",
          username);
    }
  }

  /** A new client user: with a one-time password, or (an address given) with none. */
  private NewAccount createAccount(List<String> actions, String email) {
    for (int attempt = 1; attempt <= USERNAME_ATTEMPTS; attempt++) {
      NewAccount account =
          new NewAccount(
              PortalCredentials.username(random),
              email == null ? PortalCredentials.temporaryPassword(random) : null,
              List.copyOf(actions),
              email);
      try {
        accounts.create(account);
        return account;
      } catch (UsernameTakenException taken) {
        // another random name is tried; the taken one is not ours to touch
      }
    }
    throw new PortalAccountsUnavailableException(
        "The sign-in service had no free username for the client; try again.");
  }

  /**
   * Opens or closes the portal to one of the case's client users: the link's state here and the
   * user's at the identity provider (a disabled user cannot log in, and their sessions end). A user
   * the identity provider no longer knows is closed here all the same. Asking for the state the
   * link is already in changes nothing.
   */
  public PortalLinkView changeAccess(long caseId, PortalAccessChange command) {
    Grant grant = caseAccess.changeable(caseId);
    if (!grant.access().canManageTeam()) {
      throw new NotPermittedException(
          "Only the lead attorney or an administrator opens or closes the portal");
    }
    Validation.check(validator, command);
    String username = normalise(command.username());
    PortalLink link =
        repository.linksOf(caseId).stream()
            .filter(l -> l.getUsername().equals(username))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "username", "This case has no portal user of that name"));
    boolean enabled = command.enabled();
    if (link.isEnabled() == enabled) {
      return PortalViews.of(link);
    }
    Instant now = Instant.now(clock);
    link.changeAccess(enabled, now, me());
    grant.caseFile().touch(me(), now);
    repository.flush();
    if (link.isInvited()) {
      // Only an account Recourse created for the client is switched at the sign-in service: a
      // linked username may be anyone's (a staff member's), and the team may not lock them out.
      accounts.setEnabled(username, enabled);
    }
    return PortalViews.of(link);
  }

  /**
   * Whether invited clients must set up a one-time-code app at first login (the organisation's).
   */
  static boolean requireOtp() {
    return Boolean.parseBoolean(
        Settings.get("recourse.portal.require-otp", "RECOURSE_PORTAL_REQUIRE_OTP", "false"));
  }

  private boolean managesAlso(long otherCaseId) {
    try {
      return caseAccess.changeable(otherCaseId).access().canManageTeam();
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** A username as Keycloak keeps it: stripped and in lower case. */
  static String normalise(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  public List<IncidentView> incidents(long caseId) {
    caseAccess.visible(caseId);
    return PortalViews.of(caseId, repository.incidents(caseId), evidenceLabels);
  }

  /** The client's reported addresses, newest first, with the team's decision on each. */
  public List<SuggestionView> reports(long caseId) {
    caseAccess.visible(caseId);
    return repository.reports(caseId).stream().map(Suggestions::of).toList();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
