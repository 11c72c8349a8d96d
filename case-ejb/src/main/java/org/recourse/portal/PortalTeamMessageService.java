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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.CaseAccessService.Grant;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.portal.SecureMessages.UnreadCase;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * The team's side of the secure messages with the client. A client's messages may name anyone, so
 * they are for those who see the client's identity: the case team. Administrators, who see every
 * case but no identity, neither read nor write them (403); outside the team the case does not exist
 * (404). Reading a conversation here moves the team's read marker, which the client sees. The team
 * may attach the case's evidence items to what they write; the client sees them by name only.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class PortalTeamMessageService {

  static final String TEAM_ONLY = "Only the case team reads and writes the client's messages";

  /** The staff pages and the team's API speak English (issue 17 leaves them so for now). */
  private static final Language STAFF_LANGUAGE = Language.ENGLISH;

  @Resource private SessionContext session;
  @Inject private MessageBoard board;
  @Inject private MessageRepository repository;
  @Inject private Clock clock;
  @Inject private Validator validator;
  @EJB private CaseAccessService caseAccess;
  @Inject private EvidenceLabels labels;

  public List<ThreadView> threads(long caseId) {
    Grant grant = team(caseAccess.visible(caseId));
    return board.threads(grant.caseFile(), MessageSide.TEAM, STAFF_LANGUAGE);
  }

  /** Starts a conversation with the client. */
  public ThreadView start(long caseId, NewThread command) {
    Grant grant = team(caseAccess.changeable(caseId));
    Validation.check(validator, command);
    return board.start(
        grant.caseFile(),
        MessageSide.TEAM,
        command,
        labels.ofCaseOnly(caseId, command.evidenceIds(), "evidenceIds"),
        me(),
        STAFF_LANGUAGE,
        Instant.now(clock));
  }

  public MessageView reply(long caseId, long threadId, NewMessage command) {
    Grant grant = team(caseAccess.changeable(caseId));
    Validation.check(validator, command);
    return board.reply(
        grant.caseFile(),
        threadId,
        MessageSide.TEAM,
        command,
        labels.ofCaseOnly(caseId, command.evidenceIds(), "evidenceIds"),
        me(),
        STAFF_LANGUAGE,
        Instant.now(clock));
  }

  public ThreadView markRead(long caseId, long threadId) {
    Grant grant = team(caseAccess.visible(caseId));
    return board.markRead(
        grant.caseFile(), threadId, MessageSide.TEAM, me(), STAFF_LANGUAGE, Instant.now(clock));
  }

  /** The caller's teams' cases with client messages the team has not read, for the dashboard. */
  public List<UnreadCase> unread() {
    return repository.unreadByTeam(me());
  }

  private static Grant team(Grant grant) {
    if (!grant.access().canSeeIdentity()) {
      throw new NotPermittedException(TEAM_ONLY);
    }
    return grant;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
