package org.recourse.portal;

import static org.recourse.shared.Roles.CLIENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.audit.AccessContext;
import org.recourse.audit.AccessLog;
import org.recourse.casefile.CaseFile;
import org.recourse.evidence.ClientUploads;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.portal.PortalCommands.NewIncident;
import org.recourse.portal.PortalCommands.NewReport;
import org.recourse.portal.PortalCommands.NotificationChoice;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.PortalViews.PortalCaseView;
import org.recourse.portal.PortalViews.PortalDateView;
import org.recourse.portal.PortalViews.PortalRemovalView;
import org.recourse.portal.PortalViews.PortalStatusView;
import org.recourse.portal.PortalViews.ReportView;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.NewMessage;
import org.recourse.portal.SecureMessages.NewThread;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.removal.RemovalBasis;
import org.recourse.removal.RemovalRepository;
import org.recourse.removal.RemovalRequest;
import org.recourse.removal.url.ContentUrl;
import org.recourse.removal.url.ContentUrls;
import org.recourse.removal.url.InvalidUrlException;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.Validation;

/**
 * The client's side of the portal. A client sees the one case their user is linked to and nothing
 * else: any other case, existing or not, is "not found", worded alike, and an existing one is
 * recorded in the access log as refused. What the client writes (incident log entries, reported
 * addresses) is stored with the case and appears in its history like any other change.
 */
@Stateless
@RolesAllowed(CLIENT)
public class PortalService {

  /** How far ahead of the server clock an incident may be dated (clocks that run ahead). */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Resource private SessionContext session;
  @Inject private PortalRepository repository;
  @Inject private RemovalRepository removals;
  @Inject private Clock clock;
  @Inject private Validator validator;
  @EJB private AccessLog accessLog;
  @Inject private MessageBoard messageBoard;
  @EJB private ClientUploads uploads;
  @Inject private EvidenceLabels evidenceLabels;

  /** The caller's case (one at most), by id and status only, in English. */
  public List<PortalCaseView> myCases() {
    return myCases(Language.ENGLISH);
  }

  /** The id of the caller's own case, if their team has opened the portal to them. */
  public Optional<Long> myCaseId() {
    return repository
        .linkOf(PortalTeamService.normalise(me()))
        .filter(PortalLink::isEnabled)
        .map(link -> link.getCaseFile().getId());
  }

  /** The caller's case (one at most), by id and status only. */
  public List<PortalCaseView> myCases(Language language) {
    return repository
        .linkOf(PortalTeamService.normalise(me()))
        .filter(PortalLink::isEnabled)
        .map(PortalLink::getCaseFile)
        .map(c -> new PortalCaseView(c.getId(), PlainWords.of(c.getStatus(), language)))
        .stream()
        .toList();
  }

  /** Where the case stands and the removal requests the team has sent, in English. */
  public PortalStatusView status(long caseId) {
    return status(caseId, Language.ENGLISH);
  }

  /** Where the case stands and the removal requests the team has sent. */
  public PortalStatusView status(long caseId, Language language) {
    CaseFile caseFile = own(caseId);
    List<PortalRemovalView> sent =
        removals.ofCase(caseId).stream()
            .filter(r -> r.getSubmittedAt() != null)
            .sorted(Comparator.comparing(RemovalRequest::getSubmittedAt).reversed())
            .map(r -> removal(r, language))
            .toList();
    return new PortalStatusView(
        caseId,
        PlainWords.of(caseFile.getStatus(), language),
        PlainWords.explain(caseFile.getStatus(), language),
        sent);
  }

  // --- Shared dates -------------------------------------------------------------------------

  /**
   * The dates the team shares with the client (the "share with client" flag on the case's open
   * deadlines), soonest first: what and when, nothing else.
   */
  public List<PortalDateView> sharedDates(long caseId) {
    own(caseId);
    return repository.sharedDeadlines(caseId).stream()
        .map(d -> new PortalDateView(d.getTitle(), d.getDueDate(), d.getDueAt()))
        .sorted(Comparator.comparing(PortalService::day))
        .toList();
  }

  private static LocalDate day(PortalDateView date) {
    return date.at() != null ? LocalDate.ofInstant(date.at(), ZoneOffset.UTC) : date.date();
  }

  // --- Language -----------------------------------------------------------------------------

  /**
   * The language the caller reads the portal in: the one they chose, or else the first of their
   * browser's languages the portal speaks.
   */
  public Language language(List<Locale> browser) {
    return repository
        .linkOf(PortalTeamService.normalise(me()))
        .flatMap(PortalLink::getLanguage)
        .orElseGet(() -> Language.preferred(browser));
  }

  /**
   * Remembers the caller's language with their portal account. A user the team has not linked to a
   * case has no account here to keep it with: false, and the page keeps it for the session.
   */
  public boolean chooseLanguage(Language language) {
    Optional<PortalLink> link = repository.linkOf(PortalTeamService.normalise(me()));
    link.ifPresent(l -> l.chooseLanguage(language));
    return link.isPresent();
  }

  // --- Notices by e-mail ----------------------------------------------------------------------

  /** The address the caller chose to be told at that their team wrote, if any. */
  public Optional<String> notificationEmail() {
    return repository.linkOf(PortalTeamService.normalise(me())).flatMap(PortalLink::getNotifyEmail);
  }

  /**
   * Sets (an address) or stops (null or blank) the caller's content-free e-mail notices of their
   * team's messages, kept with their portal account. Refused, naming {@code email}, for what is not
   * an e-mail address, and when the team has not linked the caller to a case.
   */
  public Optional<String> chooseNotificationEmail(NotificationChoice choice) {
    Validation.check(validator, choice);
    String email =
        choice.email() == null || choice.email().isBlank() ? null : choice.email().strip();
    PortalLink link =
        repository
            .linkOf(PortalTeamService.normalise(me()))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "email", "Your team has not opened the portal to you yet"));
    link.notifyAt(email);
    return Optional.ofNullable(email);
  }

  public List<IncidentView> incidents(long caseId) {
    own(caseId);
    return PortalViews.of(caseId, repository.incidents(caseId), evidenceLabels);
  }

  /**
   * Adds an entry to the client's incident log, with the files they sent through the portal that
   * show it; any other evidence id (the team's item, another client's, another case's, or none) is
   * refused alike, naming {@code evidenceIds}.
   */
  public IncidentView addIncident(long caseId, NewIncident entry) {
    CaseFile caseFile = own(caseId);
    Validation.check(validator, entry);
    List<EvidenceLabel> attached = ownFiles(caseId, entry.evidenceIds());
    Instant now = Instant.now(clock);
    if (entry.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
      throw new InvalidInputException("occurredAt", "The date and time cannot be in the future");
    }
    if (entry.occurredAt().isBefore(Instant.EPOCH)) {
      throw new InvalidInputException("occurredAt", "The date cannot be before 1970");
    }
    caseFile.touch(me(), now);
    IncidentEntry saved =
        new IncidentEntry(
            caseFile,
            entry.occurredAt(),
            entry.what().strip(),
            blankToNull(entry.where()),
            blankToNull(entry.who()),
            blankToNull(entry.stillNeeded()),
            attached.stream().map(EvidenceLabel::id).toList(),
            now,
            me());
    repository.add(saved);
    repository.flush();
    return PortalViews.of(saved, attached);
  }

  /**
   * The caller's own uploads to their case with these ids, by file name; any other id refused,
   * naming {@code evidenceIds}.
   */
  private List<EvidenceLabel> ownFiles(long caseId, List<String> evidenceIds) {
    return uploads.ownUploads(caseId, evidenceIds, "evidenceIds").stream()
        .map(u -> new EvidenceLabel(u.id(), u.fileName(), u.description()))
        .sorted(
            Comparator.comparing(EvidenceLabel::fileName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(EvidenceLabel::id))
        .toList();
  }

  /** The web addresses the client reported, their statuses in English. */
  public List<ReportView> reports(long caseId) {
    return reports(caseId, Language.ENGLISH);
  }

  /** The web addresses the client reported, their statuses in the client's language. */
  public List<ReportView> reports(long caseId, Language language) {
    own(caseId);
    return repository.reports(caseId).stream().map(r -> PortalViews.of(r, language)).toList();
  }

  /**
   * Records a web address the client found the content at, as a suggestion for the team. The
   * address is checked and normalised as the team's own removal requests are; one the case already
   * has (reported or requested) is refused, naming the field.
   */
  public ReportView report(long caseId, NewReport report) {
    CaseFile caseFile = own(caseId);
    Validation.check(validator, report);
    ContentUrl url;
    try {
      url = ContentUrls.normalise(report.url());
    } catch (InvalidUrlException e) {
      throw new InvalidInputException("url", e.getMessage());
    }
    if (repository.reported(caseId, url.url()) || removals.byUrl(caseId, url.url()).isPresent()) {
      throw new InvalidInputException("url", "Your team already has this web address");
    }
    Instant now = Instant.now(clock);
    caseFile.touch(me(), now);
    ReportedUrl saved =
        new ReportedUrl(caseFile, url.url(), url.host(), blankToNull(report.note()), now, me());
    repository.add(saved);
    repository.flush();
    return PortalViews.of(saved);
  }

  // ---- secure messages with the team (the client's side) ----

  /** The client's conversations with the team, the latest activity first, in their language. */
  public List<ThreadView> threads(long caseId, Language language) {
    return messageBoard.threads(own(caseId), MessageSide.CLIENT, language);
  }

  /**
   * Starts a conversation with the team, with files the client sent through the portal attached
   * (any other evidence id refused, naming {@code evidenceIds}); the team is told by e-mail that a
   * message is waiting.
   */
  public ThreadView startThread(long caseId, NewThread command, Language language) {
    CaseFile caseFile = own(caseId);
    Validation.check(validator, command);
    return messageBoard.start(
        caseFile,
        MessageSide.CLIENT,
        command,
        ownFiles(caseId, command.evidenceIds()),
        me(),
        language,
        Instant.now(clock));
  }

  public MessageView reply(long caseId, long threadId, NewMessage command, Language language) {
    CaseFile caseFile = own(caseId);
    Validation.check(validator, command);
    return messageBoard.reply(
        caseFile,
        threadId,
        MessageSide.CLIENT,
        command,
        ownFiles(caseId, command.evidenceIds()),
        me(),
        language,
        Instant.now(clock));
  }

  /** The client has read the conversation; the team sees it as read. */
  public ThreadView markRead(long caseId, long threadId, Language language) {
    return messageBoard.markRead(
        own(caseId), threadId, MessageSide.CLIENT, me(), language, Instant.now(clock));
  }

  private PortalRemovalView removal(RemovalRequest r, Language language) {
    boolean lawSetsClock =
        removals.basis(r.getLegalBasis()).map(RemovalBasis::getStatuteId).isPresent();
    return new PortalRemovalView(
        r.getPlatform() != null ? r.getPlatform().getName() : r.getHost(),
        r.getSubmittedAt(),
        lawSetsClock ? r.getSlaDueAt() : null,
        r.getStatus().isDown(),
        PlainWords.of(r.getStatus(), language));
  }

  /**
   * Refuses, as for a missing id, a case that is not the caller's own (for an error answered before
   * a route's own check, such as an unreadable body).
   */
  public void checkOwn(long caseId) {
    own(caseId);
  }

  /**
   * The caller's own case, or "not found" worded as for a missing id. The case is looked up either
   * way, so that another client's case takes as long to refuse as a missing one.
   */
  private CaseFile own(long caseId) {
    Optional<CaseFile> linked =
        repository
            .linkOf(PortalTeamService.normalise(me()))
            .filter(PortalLink::isEnabled)
            .map(PortalLink::getCaseFile);
    Optional<CaseFile> asked = repository.caseFile(caseId);
    if (linked.isEmpty() || linked.get().getId() != caseId) {
      if (asked.isPresent()) {
        accessLog.denied(
            caseId, null, null, "Not the client's own case in the portal; answered as not found");
      }
      throw new NotFoundException("No such case");
    }
    AccessContext.inCase(caseId);
    return linked.get();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
