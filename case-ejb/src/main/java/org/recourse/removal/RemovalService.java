package org.recourse.removal;

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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessContext;
import org.recourse.audit.AccessLog;
import org.recourse.audit.RefusalRecorder;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.deadline.DeadlineEngine;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalCommands.NewRemoval;
import org.recourse.removal.RemovalCommands.NoticeInput;
import org.recourse.removal.RemovalCommands.PlatformChanges;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.removal.RemovalViews.CheckView;
import org.recourse.removal.RemovalViews.Duplicate;
import org.recourse.removal.RemovalViews.NoticePreview;
import org.recourse.removal.RemovalViews.NoticeView;
import org.recourse.removal.RemovalViews.PlatformView;
import org.recourse.removal.RemovalViews.Rejected;
import org.recourse.removal.RemovalViews.RemovalDetail;
import org.recourse.removal.RemovalViews.RemovalEventView;
import org.recourse.removal.RemovalViews.RemovalView;
import org.recourse.removal.RemovalViews.ReuploadAlert;
import org.recourse.removal.notice.DefaultTemplates;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.removal.notice.MissingNoticeFieldsException;
import org.recourse.removal.notice.NoticeDraft;
import org.recourse.removal.notice.NoticePdf;
import org.recourse.removal.notice.NoticeRenderer;
import org.recourse.removal.notice.RenderedNotice;
import org.recourse.removal.stats.PlatformFigures;
import org.recourse.removal.stats.RemovalStatistics;
import org.recourse.removal.stats.RequestOutcome;
import org.recourse.removal.url.ContentUrl;
import org.recourse.removal.url.ContentUrls;
import org.recourse.removal.url.InvalidUrlException;
import org.recourse.removal.url.PlatformDetector;
import org.recourse.removal.url.PlatformHosts;
import org.recourse.shared.IdentityText;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.StaleDataException;
import org.recourse.shared.Validation;

/**
 * Removal requests behind the case rule: a request belongs to a case and is seen by whoever sees
 * the case (else "not found"); the case team creates, sends and updates requests. Sending a request
 * starts the clock of its legal basis through the deadline engine, so the clock shows on the case's
 * deadlines, the calendar and in reminders. Platforms and notice templates are corrected by
 * administrators.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class RemovalService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @EJB private CaseService cases;
  @EJB private DeadlineEngine deadlines;
  @EJB private AccessLog accessLog;

  private final NoticeRenderer renderer = new NoticeRenderer();

  // ---- platforms ----

  public List<PlatformView> platforms() {
    return em
        .createQuery("SELECT p FROM Platform p ORDER BY p.otherHost, p.name", Platform.class)
        .getResultList()
        .stream()
        .map(RemovalService::view)
        .toList();
  }

  @RolesAllowed(ADMIN)
  public PlatformView changePlatform(long platformId, PlatformChanges changes) {
    Validation.check(validator, changes);
    Platform platform = em.find(Platform.class, platformId);
    if (platform == null) {
      throw new NotFoundException("No such platform");
    }
    if (platform.getVersion() != changes.version()) {
      throw new StaleDataException("The platform was changed meanwhile; reload it");
    }
    Set<String> hosts = new TreeSet<>();
    for (String host : Optional.ofNullable(changes.hosts()).orElse(Set.of())) {
      String clean = host == null ? "" : host.strip().toLowerCase(java.util.Locale.ROOT);
      if (!clean.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
        throw new InvalidInputException("hosts", "Not a host name: " + host);
      }
      hosts.add(clean);
    }
    requireUnclaimed(platformId, hosts);
    if (changes.formUrl() != null && !changes.formUrl().isBlank()) {
      try {
        ContentUrls.normalise(changes.formUrl());
      } catch (InvalidUrlException e) {
        throw new InvalidInputException("formUrl", e.getMessage());
      }
    }
    platform.setName(changes.name().strip());
    platform.setFormUrl(blankToNull(changes.formUrl()));
    platform.setEmail(blankToNull(changes.email()));
    platform.setNotes(blankToNull(changes.notes()));
    platform.setHosts(hosts);
    platform.setBases(Optional.ofNullable(changes.bases()).orElse(Set.of()));
    em.flush();
    return view(platform);
  }

  // ---- requests ----

  /** The case's requests, newest first. */
  public List<RemovalView> list(long caseId) {
    cases.access(caseId);
    return em
        .createQuery(
            "SELECT r FROM RemovalRequest r JOIN FETCH r.platform WHERE r.caseFile.id = :c"
                + " ORDER BY r.createdAt DESC, r.id DESC",
            RemovalRequest.class)
        .setParameter("c", caseId)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  /**
   * Refuses a request the caller may not know exists exactly as {@link #get} does, reading nothing
   * of it: for answers that decide access before anything else, such as a body that cannot be read.
   */
  public void checkVisible(long requestId) {
    request(requestId);
  }

  public RemovalDetail get(long requestId) {
    RemovalRequest request = request(requestId);
    return new RemovalDetail(
        view(request), history(requestId), notices(requestId), checks(requestId));
  }

  /** One request; a URL the case has asked for already is refused, naming the earlier request. */
  public RemovalView create(long caseId, NewRemoval command) {
    CaseFile caseFile = editable(caseId);
    Validation.check(validator, command);
    ContentUrl url;
    try {
      url = ContentUrls.normalise(command.url());
    } catch (InvalidUrlException e) {
      throw new InvalidInputException("url", e.getMessage());
    }
    Optional<RemovalRequest> existing = byUrl(caseId, url.url());
    if (existing.isPresent()) {
      throw new InvalidInputException(
          "url",
          "This case has a removal request for this URL already (#" + existing.get().getId() + ")");
    }
    Platform platform =
        command.platformId() == null ? detect(url) : platform(command.platformId(), "platformId");
    checkBasis(platform, command.legalBasis());
    Set<String> evidence = checkedEvidence(caseId, command.evidenceIds());
    RemovalRequest request =
        draft(
            caseFile,
            platform,
            url,
            command.contentKind(),
            command.legalBasis(),
            "Created",
            Instant.now());
    request.setEvidenceIds(evidence);
    if (command.followUpDate() != null) {
      request.clock(null, command.followUpDate());
    }
    return view(request);
  }

  /** Many URLs at once: one draft request each; duplicates and unusable lines are reported. */
  public BulkResult bulk(long caseId, BulkRemoval command) {
    CaseFile caseFile = editable(caseId);
    Validation.check(validator, command);
    List<RemovalView> created = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Map<String, RemovalRequest> seen = new HashMap<>();
    PlatformDetector detector = detector();
    Instant now = Instant.now();
    for (String line : ContentUrls.split(command.urls())) {
      ContentUrl url;
      try {
        url = ContentUrls.normalise(line);
      } catch (InvalidUrlException e) {
        rejected.add(new Rejected(line, e.getMessage()));
        continue;
      }
      Optional<RemovalRequest> existing =
          Optional.ofNullable(seen.get(url.url())).or(() -> byUrl(caseId, url.url()));
      if (existing.isPresent()) {
        duplicates.add(new Duplicate(url.url(), existing.get().getId()));
        continue;
      }
      Platform platform = em.find(Platform.class, detector.detect(url));
      Optional<String> refused = refusal(platform, command.legalBasis());
      if (refused.isPresent()) {
        rejected.add(new Rejected(line, refused.get()));
        continue;
      }
      RemovalRequest request =
          draft(
              caseFile,
              platform,
              url,
              command.contentKind(),
              command.legalBasis(),
              "Created (bulk)",
              now);
      seen.put(url.url(), request);
      created.add(view(request));
    }
    created.sort(
        java.util.Comparator.comparing(RemovalView::platformName).thenComparing(RemovalView::url));
    Map<String, List<RemovalView>> byPlatform =
        created.stream()
            .collect(
                Collectors.groupingBy(
                    RemovalView::platformName, LinkedHashMap::new, Collectors.toList()));
    return new BulkResult(created, duplicates, rejected, byPlatform);
  }

  /** Moves a request along its workflow; sending starts its clock, removal closes it. */
  public RemovalView changeStatus(long requestId, StatusChange change) {
    RemovalRequest request = editableRequest(requestId);
    Validation.check(validator, change);
    RemovalStatus from = request.getStatus();
    if (!from.canMoveTo(change.status())) {
      throw new InvalidRemovalStatusException(from, change.status());
    }
    Instant at = change.at() == null ? Instant.now() : change.at();
    if (at.isAfter(Instant.now().plusSeconds(300))) {
      throw new InvalidInputException("at", "cannot be in the future");
    }
    request.moveTo(change.status(), at, change.platformReference());
    em.persist(
        new RemovalEvent(
            requestId,
            from,
            change.status(),
            me(),
            at,
            blankToNull(change.note()),
            blankToNull(change.platformReference())));
    if (change.status() == RemovalStatus.SUBMITTED) {
      startClock(request);
    } else if (change.status() == RemovalStatus.REMOVED) {
      deadlines.closeRemovalDeadlines(requestId, "Removed " + at, me());
    }
    return view(request);
  }

  /** A DMCA counter-notice arrived: the restore window (17 U.S.C. § 512(g)) starts. */
  public RemovalView counterNotice(long requestId, Instant receivedAt) {
    RemovalRequest request = editableRequest(requestId);
    if (request.getLegalBasis() != LegalBasis.DMCA) {
      throw new InvalidInputException("legalBasis", "Counter-notices exist only for DMCA requests");
    }
    if (request.getSubmittedAt() == null) {
      throw new InvalidInputException("receivedAt", "The request has not been sent yet");
    }
    Instant at = receivedAt == null ? Instant.now() : receivedAt;
    request.counterNotice(at);
    em.persist(
        new RemovalEvent(
            requestId,
            request.getStatus(),
            request.getStatus(),
            me(),
            at,
            "Counter-notice received",
            null));
    startClock(request);
    return view(request);
  }

  /** Sets the follow-up date of a request whose basis has no legal clock. */
  public RemovalView followUp(long requestId, LocalDate date) {
    RemovalRequest request = editableRequest(requestId);
    if (date == null || date.isBefore(LocalDate.now(ZoneOffset.UTC))) {
      throw new InvalidInputException("followUpDate", "Choose today or a later date");
    }
    request.clock(request.getSlaDueAt(), date);
    if (request.getSubmittedAt() != null) {
      startClock(request);
    }
    return view(request);
  }

  /** Links the request to evidence of its case (what the notice is about). */
  public RemovalView linkEvidence(long requestId, List<String> evidenceIds) {
    RemovalRequest request = editableRequest(requestId);
    request.setEvidenceIds(checkedEvidence(request.getCaseFile().getId(), evidenceIds));
    return view(request);
  }

  public RemovalView watch(long requestId, boolean watched) {
    RemovalRequest request = editableRequest(requestId);
    request.setWatched(watched);
    return view(request);
  }

  /** Acknowledges a re-upload alert once the team has acted on it. */
  public RemovalView dismissReupload(long requestId) {
    RemovalRequest request = editableRequest(requestId);
    request.clearReuploadAlert();
    return view(request);
  }

  // ---- notices ----

  /** The notice as it would be sent, for checking; nothing is stored. */
  public NoticePreview previewNotice(long requestId, NoticeInput input) {
    RemovalRequest request = request(requestId);
    Map<String, String> values = values(request, input).values();
    RenderedNotice rendered = render(request, values);
    return new NoticePreview(rendered.subject(), rendered.text(), values);
  }

  /**
   * Records the notice as sent (it can no longer change) and, for a draft, marks the request
   * submitted now, which starts its clock.
   */
  public NoticeView sendNotice(long requestId, NoticeInput input) {
    RemovalRequest request = editableRequest(requestId);
    NoticeValues filled = values(request, input);
    RenderedNotice rendered = render(request, filled.values());
    Instant now = Instant.now();
    // Stored with the victim's identity marked, wherever the team put it, so that only those who
    // may see the identity read it (see noticeView).
    SentNotice notice =
        new SentNotice(
            requestId,
            request.getLegalBasis(),
            IdentityText.mark(rendered.subject(), filled.identity()),
            IdentityText.mark(rendered.text(), filled.identity()),
            input != null && input.includeLegalName(),
            me(),
            now);
    em.persist(notice);
    if (request.getStatus().canMoveTo(RemovalStatus.SUBMITTED)) {
      changeStatus(requestId, new StatusChange(RemovalStatus.SUBMITTED, "Notice sent", null, now));
    }
    em.flush();
    return noticeView(notice, true);
  }

  /** A sent notice as PDF. */
  public byte[] noticePdf(long noticeId) {
    SentNotice notice = em.find(SentNotice.class, noticeId);
    if (notice == null) {
      throw new NotFoundException("No such notice");
    }
    RemovalRequest request;
    boolean identity;
    try {
      request = find(notice.getRequestId());
      identity = accessTo(request).canSeeIdentity();
    } catch (NotFoundException e) {
      throw new NotFoundException("No such notice");
    }
    if (identity && namesTheVictim(notice)) {
      legalNameShown(request, TargetType.REMOVAL_NOTICE, noticeId, "Notice PDF");
    }
    NoticeView shown = noticeView(notice, identity);
    try {
      return NoticePdf.render(
          new RenderedNotice(shown.subject(), shown.text()), notice.getSentAt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request's sent notices; the victim's identity in them only for those who may see it. */
  public List<NoticeView> notices(long requestId) {
    RemovalRequest request = find(requestId);
    boolean identity = accessTo(request).canSeeIdentity();
    List<SentNotice> sent =
        em.createQuery(
                "SELECT n FROM SentNotice n WHERE n.requestId = :r ORDER BY n.sentAt",
                SentNotice.class)
            .setParameter("r", requestId)
            .getResultList();
    if (identity && sent.stream().anyMatch(RemovalService::namesTheVictim)) {
      legalNameShown(request, TargetType.REMOVAL_REQUEST, requestId, "Sent notices shown");
    }
    return sent.stream().map(n -> noticeView(n, identity)).toList();
  }

  private static boolean namesTheVictim(SentNotice notice) {
    return notice.isWithLegalName()
        || IdentityText.hasIdentity(notice.getSubject())
        || IdentityText.hasIdentity(notice.getBody());
  }

  /** Records that a notice naming the victim by legal name was handed to the caller. */
  private void legalNameShown(RemovalRequest request, TargetType type, long id, String detail) {
    accessLog.granted(
        AccessAction.NOTICE_WITH_LEGAL_NAME,
        request.getCaseFile().getId(),
        type,
        Long.toString(id),
        detail);
  }

  /** The template in force for a basis: the administrator's, else the built-in default. */
  public String template(LegalBasis basis) {
    NoticeTemplate template = em.find(NoticeTemplate.class, basis);
    return template == null ? DefaultTemplates.forBasis(basis) : template.getBody();
  }

  @RolesAllowed(ADMIN)
  public String changeTemplate(LegalBasis basis, String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidInputException("body", "must not be blank");
    }
    if (body.length() > 8000) {
      throw new InvalidInputException("body", "At most 8000 characters");
    }
    List<String> missing =
        basis.requiredFields().stream()
            .filter(f -> !NoticeRenderer.placeholders(body).contains(f))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "body",
          "A "
              + basis.label()
              + " notice must contain "
              + missing.stream().map(f -> "{{" + f + "}}").collect(Collectors.joining(", ")));
    }
    NoticeTemplate template = em.find(NoticeTemplate.class, basis);
    if (template == null) {
      template = new NoticeTemplate(basis, body);
      em.persist(template);
    }
    template.change(body, me(), Instant.now());
    return body;
  }

  // ---- dashboard and numbers ----

  /** Content that came back after removal, in the caller's cases. */
  public List<ReuploadAlert> reuploadAlerts() {
    String teamFilter =
        session.isCallerInRole(ADMIN)
            ? ""
            : " AND EXISTS (SELECT t FROM TeamMember t WHERE t.caseFile = r.caseFile AND t.username = :me)";
    var query =
        em.createQuery(
            "SELECT r FROM RemovalRequest r JOIN FETCH r.platform JOIN FETCH r.caseFile"
                + " WHERE r.reuploadAlertAt IS NOT NULL"
                + teamFilter
                + " ORDER BY r.reuploadAlertAt DESC",
            RemovalRequest.class);
    if (!teamFilter.isEmpty()) {
      query.setParameter("me", me());
    }
    return query.setMaxResults(50).getResultList().stream()
        .map(
            r ->
                new ReuploadAlert(
                    r.getId(),
                    r.getCaseFile().getId(),
                    r.getCaseFile().getNumber(),
                    r.getPlatform().getName(),
                    r.getUrl(),
                    r.getReuploadAlertAt()))
        .toList();
  }

  /**
   * Per platform over requests submitted in [from, to): requests, removal rate, median time to
   * removal, share removed within the legal clock. Counts only, across all cases: no case or person
   * is identifiable from them.
   */
  public List<PlatformFigures> statistics(Instant from, Instant to) {
    if (from == null || to == null || !to.isAfter(from)) {
      throw new InvalidInputException("to", "must be after from");
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT p.name, r.submittedAt, r.removedAt, r.slaDueAt, r.legalBasis FROM RemovalRequest r JOIN r.platform p"
                    + " WHERE r.submittedAt >= :from AND r.submittedAt < :to",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    List<RequestOutcome> outcomes = new ArrayList<>();
    for (Object[] row : rows) {
      LegalBasis basis = (LegalBasis) row[4];
      boolean legalClock = basis == LegalBasis.TAKE_IT_DOWN || basis == LegalBasis.ESAFETY;
      outcomes.add(
          new RequestOutcome(
              (String) row[0],
              (Instant) row[1],
              (Instant) row[2],
              legalClock ? (Instant) row[3] : null));
    }
    return RemovalStatistics.compute(outcomes, from, to);
  }

  // ---- helpers ----

  private void startClock(RemovalRequest request) {
    RemovalBasis basis = em.find(RemovalBasis.class, request.getLegalBasis());
    Instant due =
        deadlines.attachRemovalDeadlines(
            request.getCaseFile(),
            request.getId(),
            basis == null ? null : basis.getStatuteId(),
            request.getSubmittedAt(),
            request.getCounterNoticeAt(),
            request.getFollowUpDate(),
            basis == null ? 7 : basis.getFollowUpDays(),
            "Follow up: removal request #"
                + request.getId()
                + " ("
                + request.getPlatform().getName()
                + ")",
            me());
    LocalDate followUp = request.getFollowUpDate();
    request.clock(due, followUp);
  }

  /**
   * A notice's values, and the victim's identity as the caller knows it (each value and what those
   * who may not see it read instead), to be marked in the sent notice.
   */
  private record NoticeValues(Map<String, String> values, Map<String, String> identity) {}

  private NoticeValues values(RemovalRequest request, NoticeInput input) {
    Map<String, String> values = new LinkedHashMap<>();
    CaseDetail detail = cases.getUnrecorded(request.getCaseFile().getId());
    Map<String, String> identity = new LinkedHashMap<>();
    if (detail.access().canSeeIdentity()) {
      VictimDetails victim = detail.victim();
      putIdentity(identity, victim.legalName(), victim.pseudonym());
      putIdentity(identity, victim.email(), WITHHELD_CONTACT);
      putIdentity(identity, victim.phone(), WITHHELD_CONTACT);
      putIdentity(
          identity,
          victim.dateOfBirth() == null ? null : victim.dateOfBirth().toString(),
          "(date of birth withheld)");
    }
    boolean withLegalName = input != null && input.includeLegalName();
    String requester = detail.victim().pseudonym();
    if (withLegalName) {
      if (!detail.access().canSeeIdentity()) {
        throw new NotPermittedException(
            "Only the case team may put the victim's legal name in a notice");
      }
      if (detail.victim().legalName() == null || detail.victim().legalName().isBlank()) {
        throw new InvalidInputException("includeLegalName", "The case has no legal name recorded");
      }
      requester = detail.victim().legalName();
      legalNameShown(request, TargetType.REMOVAL_REQUEST, request.getId(), "Notice prepared");
    }
    values.put("platformName", request.getPlatform().getName());
    values.put("contentUrls", request.getUrl());
    values.put("requesterName", requester);
    values.put("date", LocalDate.now(ZoneOffset.UTC).toString());
    values.put("contentDescription", describe(request.getContentKind()));
    values.put(
        "goodFaithStatement",
        "I have a good-faith belief that the intimate visual depiction identified above was published without the consent of the person depicted.");
    values.put(
        "accuracyStatement",
        "The information in this notice is accurate, and under penalty of perjury, I am authorized to act on behalf of the owner of the exclusive right that is allegedly infringed.");
    if (input != null && input.values() != null) {
      input
          .values()
          .forEach(
              (key, value) -> {
                if (value != null && !value.isBlank()) {
                  if (value.length() > 4000) {
                    throw new InvalidInputException(key, "At most 4000 characters");
                  }
                  values.put(key, value.strip());
                }
              });
    }
    return new NoticeValues(values, identity);
  }

  private static final String WITHHELD_CONTACT = "(contact details withheld)";

  private static void putIdentity(Map<String, String> identity, String value, String instead) {
    if (value != null && !value.isBlank()) {
      identity.putIfAbsent(value.strip(), instead);
    }
  }

  private RenderedNotice render(RemovalRequest request, Map<String, String> values) {
    try {
      return renderer.render(
          new NoticeDraft(request.getLegalBasis(), template(request.getLegalBasis()), values));
    } catch (MissingNoticeFieldsException e) {
      throw new InvalidInputException(e.fieldErrors());
    }
  }

  private static String describe(ContentKind kind) {
    return switch (kind) {
      case IMAGE -> "An intimate image of the person named above, at the URL listed.";
      case VIDEO -> "An intimate video of the person named above, at the URL listed.";
      case PROFILE -> "A profile publishing intimate images of the person named above.";
      case POST -> "A post containing intimate images of the person named above.";
      case SEARCH_RESULT -> "A search result linking to intimate images of the person named above.";
    };
  }

  private PlatformDetector detector() {
    List<Platform> all = em.createQuery("SELECT p FROM Platform p", Platform.class).getResultList();
    long other =
        all.stream().filter(Platform::isOtherHost).findFirst().map(Platform::getId).orElseThrow();
    return new PlatformDetector(
        all.stream()
            .map(p -> new PlatformHosts(p.getId(), p.getCode(), List.copyOf(p.getHosts())))
            .toList(),
        other);
  }

  private Platform detect(ContentUrl url) {
    return em.find(Platform.class, detector().detect(url));
  }

  private Platform platform(long id, String field) {
    Platform platform = em.find(Platform.class, id);
    if (platform == null) {
      throw new InvalidInputException(field, "No such platform");
    }
    return platform;
  }

  /**
   * A host identifies one platform only (else detection would be ambiguous, and the database
   * refuses it): a host another platform has is refused, naming that platform.
   */
  private void requireUnclaimed(long platformId, Set<String> hosts) {
    if (hosts.isEmpty()) {
      return;
    }
    List<Object[]> claimed =
        em.createQuery(
                "SELECT h, p.name FROM Platform p JOIN p.hosts h"
                    + " WHERE p.id <> :id AND h IN :hosts ORDER BY h",
                Object[].class)
            .setParameter("id", platformId)
            .setParameter("hosts", hosts)
            .getResultList();
    if (!claimed.isEmpty()) {
      throw new InvalidInputException(
          "hosts",
          claimed.stream()
              .map(row -> row[0] + " belongs to " + row[1])
              .collect(Collectors.joining("; ")));
    }
  }

  private static void checkBasis(Platform platform, LegalBasis basis) {
    refusal(platform, basis)
        .ifPresent(
            message -> {
              throw new InvalidInputException("legalBasis", message);
            });
  }

  /** Why a platform will not take a request under a basis, if it will not. */
  private static Optional<String> refusal(Platform platform, LegalBasis basis) {
    return platform.getBases().contains(basis)
        ? Optional.empty()
        : Optional.of(platform.getName() + " does not accept requests under " + basis.label());
  }

  /** A new draft request with its first history row. */
  private RemovalRequest draft(
      CaseFile caseFile,
      Platform platform,
      ContentUrl url,
      ContentKind kind,
      LegalBasis basis,
      String note,
      Instant now) {
    RemovalRequest request =
        new RemovalRequest(caseFile, platform, url.url(), url.host(), kind, basis, me(), now);
    em.persist(request);
    em.persist(new RemovalEvent(request.getId(), null, RemovalStatus.DRAFT, me(), now, note, null));
    return request;
  }

  private Set<String> checkedEvidence(long caseId, List<String> ids) {
    Set<String> checked = new LinkedHashSet<>();
    if (ids == null) {
      return checked;
    }
    Validation.requireNoNullElements("evidenceIds", ids);
    for (String id : ids) {
      Long owner =
          em.createQuery("SELECT e.caseFile.id FROM EvidenceItem e WHERE e.id = :id", Long.class)
              .setParameter("id", id)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (owner == null || owner != caseId) {
        throw new InvalidInputException("evidenceIds", "No such evidence in this case: " + id);
      }
      checked.add(id);
    }
    return checked;
  }

  private Optional<RemovalRequest> byUrl(long caseId, String url) {
    return em.createQuery(
            "SELECT r FROM RemovalRequest r WHERE r.caseFile.id = :c AND r.url = :u",
            RemovalRequest.class)
        .setParameter("c", caseId)
        .setParameter("u", url)
        .getResultStream()
        .findFirst();
  }

  private CaseFile editable(long caseId) {
    CaseAccess access = cases.accessToChange(caseId);
    if (!access.canAddEvidence()) {
      throw new NotPermittedException("Only the case team works on its removal requests");
    }
    return em.find(CaseFile.class, caseId);
  }

  /** A request the caller's team works on: found, visible and editable, checked once. */
  private RemovalRequest editableRequest(long requestId) {
    RemovalRequest request = find(requestId);
    CaseAccess access;
    try {
      access = cases.accessToChange(request.getCaseFile().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException("No such removal request");
    }
    if (!access.canAddEvidence()) {
      throw new NotPermittedException("Only the case team works on its removal requests");
    }
    return request;
  }

  private RemovalRequest request(long requestId) {
    RemovalRequest request = find(requestId);
    accessTo(request);
    return request;
  }

  /**
   * What the caller may do on the request's case. A request of a case out of reach is answered
   * exactly as one that does not exist, so its id says nothing.
   */
  private CaseAccess accessTo(RemovalRequest request) {
    try {
      return cases.access(request.getCaseFile().getId());
    } catch (NotFoundException e) {
      throw new NotFoundException("No such removal request");
    }
  }

  private RemovalRequest find(long requestId) {
    AccessContext.about(TargetType.REMOVAL_REQUEST, Long.toString(requestId));
    RemovalRequest request = em.find(RemovalRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException("No such removal request");
    }
    return request;
  }

  private List<RemovalEventView> history(long requestId) {
    return em
        .createQuery(
            "SELECT e FROM RemovalEvent e WHERE e.requestId = :r ORDER BY e.occurredAt, e.id",
            RemovalEvent.class)
        .setParameter("r", requestId)
        .getResultList()
        .stream()
        .map(
            e ->
                new RemovalEventView(
                    e.getFromStatus(),
                    e.getToStatus(),
                    e.getActor(),
                    e.getOccurredAt(),
                    e.getNote(),
                    e.getPlatformReference()))
        .toList();
  }

  private List<CheckView> checks(long requestId) {
    return em
        .createQuery(
            "SELECT c FROM UrlCheckRecord c WHERE c.requestId = :r ORDER BY c.checkedAt DESC",
            UrlCheckRecord.class)
        .setParameter("r", requestId)
        .setMaxResults(50)
        .getResultList()
        .stream()
        .map(c -> new CheckView(c.getCheckedAt(), c.getState(), c.getHttpStatus(), c.getDetail()))
        .toList();
  }

  private RemovalView view(RemovalRequest r) {
    return new RemovalView(
        r.getId(),
        r.getCaseFile().getId(),
        r.getCaseFile().getNumber(),
        r.getPlatform().getId(),
        r.getPlatform().getName(),
        r.getUrl(),
        r.getHost(),
        r.getContentKind(),
        r.getLegalBasis(),
        r.getLegalBasis().label(),
        r.getStatus(),
        r.getStatus().next().stream().toList(),
        r.getPlatformReference(),
        r.getSubmittedAt(),
        r.getRemovedAt(),
        r.getCounterNoticeAt(),
        r.getFollowUpDate(),
        r.getSlaDueAt(),
        r.isOverdue(),
        r.isWatched(),
        r.getLastState(),
        r.getLastCheckedAt(),
        r.getReuploadAlertAt(),
        List.copyOf(r.getEvidenceIds()),
        r.getVersion());
  }

  private static PlatformView view(Platform p) {
    return new PlatformView(
        p.getId(),
        p.getCode(),
        p.getName(),
        p.getFormUrl(),
        p.getEmail(),
        p.getNotes(),
        p.isOtherHost(),
        List.copyOf(p.getHosts()),
        p.getBases().stream().sorted().toList(),
        p.getVersion());
  }

  /**
   * A sent notice as the reader may see it: the victim's identity only for those who may see it. A
   * notice naming the victim stored before identity was marked in notices is withheld whole from
   * the others.
   */
  private static NoticeView noticeView(SentNotice n, boolean maySeeIdentity) {
    boolean unmarked =
        n.isWithLegalName()
            && !IdentityText.hasIdentity(n.getBody())
            && !IdentityText.hasIdentity(n.getSubject());
    boolean whole = !maySeeIdentity && unmarked;
    return new NoticeView(
        n.getId(),
        n.getRequestId(),
        n.getLegalBasis(),
        whole ? "(withheld)" : IdentityText.render(n.getSubject(), maySeeIdentity),
        whole
            ? "This notice names the client; only the case team reads it."
            : IdentityText.render(n.getBody(), maySeeIdentity),
        n.isWithLegalName(),
        n.getSentAt(),
        n.getSentBy());
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
