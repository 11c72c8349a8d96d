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
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseFile;
import org.recourse.deadline.DeadlineEngine;
import org.recourse.deadline.DeadlineViews.ClockStatute;
import org.recourse.law.Statute;
import org.recourse.removal.RemovalCommands.BulkRemoval;
import org.recourse.removal.RemovalCommands.NewRemoval;
import org.recourse.removal.RemovalCommands.StatusChange;
import org.recourse.removal.RemovalViews.BulkResult;
import org.recourse.removal.RemovalViews.Duplicate;
import org.recourse.removal.RemovalViews.Rejected;
import org.recourse.removal.RemovalViews.RemovalDetail;
import org.recourse.removal.RemovalViews.RemovalView;
import org.recourse.removal.RemovalViews.ReuploadAlert;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.removal.url.ContentUrl;
import org.recourse.removal.url.ContentUrls;
import org.recourse.removal.url.InvalidUrlException;
import org.recourse.removal.url.PlatformDetector;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.Validation;

/**
 * A case's removal requests behind the case rule ({@link RemovalAccess}): whoever sees the case
 * sees its requests; the case team creates them, one URL or many pasted at once, and moves them
 * along their workflow ({@link RemovalWorkflow}). A URL the case has asked for already is refused,
 * naming the earlier request, so the same image is never reported twice.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class RemovalRequestService {

  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private Clock clock;
  @Inject private RemovalAccess access;
  @Inject private RemovalWorkflow workflow;
  @Inject private SentNotices notices;
  @Inject private RemovalRepository repository;
  @Inject private PlatformRepository platforms;
  @EJB private DeadlineEngine deadlines;

  /** The case's requests, newest first. */
  public List<RemovalView> list(long caseId) {
    access.caseVisible(caseId);
    return repository.ofCase(caseId).stream().map(RemovalViews::of).toList();
  }

  /**
   * Refuses a request the caller may not know exists exactly as {@link #get} does, reading nothing
   * of it: for answers that decide access before anything else, such as a body that cannot be read.
   */
  public void checkVisible(long requestId) {
    access.visible(requestId);
  }

  public RemovalDetail get(long requestId) {
    RemovalRequest request = access.visible(requestId);
    return new RemovalDetail(
        RemovalViews.of(request),
        repository.history(requestId).stream().map(RemovalViews::of).toList(),
        notices.of(requestId),
        repository.recentChecks(requestId).stream().map(RemovalViews::of).toList());
  }

  /** One request; a URL the case has asked for already is refused, naming the earlier request. */
  public RemovalView create(long caseId, NewRemoval command) {
    CaseFile caseFile = access.editableCase(caseId);
    Validation.check(validator, command);
    ContentUrl url;
    try {
      url = ContentUrls.normalise(command.url());
    } catch (InvalidUrlException e) {
      throw new InvalidInputException("url", e.getMessage());
    }
    Optional<RemovalRequest> existing = repository.byUrl(caseId, url.url());
    if (existing.isPresent()) {
      throw new InvalidInputException(
          "url",
          "This case has a removal request for this URL already (#" + existing.get().getId() + ")");
    }
    Platform platform =
        command.platformId() == null
            ? platforms.find(platforms.detector().detect(url)).orElseThrow()
            : platforms
                .find(command.platformId())
                .orElseThrow(() -> new InvalidInputException("platformId", "No such platform"));
    refusal(platform, command.legalBasis())
        .ifPresent(
            message -> {
              throw new InvalidInputException("legalBasis", message);
            });
    Set<String> evidence = checkedEvidence(caseId, command.evidenceIds());
    Statute clockStatute = clockStatute(command.statuteId());
    RemovalRequest request =
        draft(
            caseFile,
            platform,
            url,
            command.contentKind(),
            command.legalBasis(),
            "Created",
            clock.instant());
    request.setEvidenceIds(evidence);
    request.clockFrom(clockStatute);
    if (command.followUpDate() != null) {
      request.clock(null, command.followUpDate());
    }
    return RemovalViews.of(request);
  }

  /** Many URLs at once: one draft request each; duplicates and unusable lines are reported. */
  public BulkResult bulk(long caseId, BulkRemoval command) {
    CaseFile caseFile = access.editableCase(caseId);
    Validation.check(validator, command);
    List<RemovalView> created = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    Statute clockStatute = clockStatute(command.statuteId());
    Map<String, RemovalRequest> seen = new HashMap<>();
    PlatformDetector detector = platforms.detector();
    Instant now = clock.instant();
    for (ContentUrls.Candidate pasted : ContentUrls.splitByLine(command.urls())) {
      String line = pasted.text();
      ContentUrl url;
      try {
        url = ContentUrls.normalise(line);
      } catch (InvalidUrlException e) {
        rejected.add(new Rejected(pasted.line(), line, e.getMessage(), "urls"));
        continue;
      }
      Optional<RemovalRequest> existing =
          Optional.ofNullable(seen.get(url.url())).or(() -> repository.byUrl(caseId, url.url()));
      if (existing.isPresent()) {
        duplicates.add(new Duplicate(pasted.line(), url.url(), existing.get().getId()));
        continue;
      }
      Platform platform = platforms.find(detector.detect(url)).orElseThrow();
      Optional<String> refused = refusal(platform, command.legalBasis());
      if (refused.isPresent()) {
        rejected.add(new Rejected(pasted.line(), line, refused.get(), "legalBasis"));
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
      request.clockFrom(clockStatute);
      seen.put(url.url(), request);
      created.add(RemovalViews.of(request));
    }
    created.sort(Comparator.comparing(RemovalView::platformName).thenComparing(RemovalView::url));
    Map<String, List<RemovalView>> byPlatform =
        created.stream()
            .collect(
                Collectors.groupingBy(
                    RemovalView::platformName, LinkedHashMap::new, Collectors.toList()));
    return new BulkResult(created, duplicates, rejected, byPlatform);
  }

  /** Moves a request along its workflow; sending starts its clock, removal closes it. */
  public RemovalView changeStatus(long requestId, StatusChange change) {
    return RemovalViews.of(workflow.changeStatus(requestId, change, me()));
  }

  /** A DMCA counter-notice arrived: the restore window (17 U.S.C. § 512(g)) starts. */
  public RemovalView counterNotice(long requestId, Instant receivedAt) {
    return RemovalViews.of(workflow.counterNotice(requestId, receivedAt, me()));
  }

  /** Sets the follow-up date of a request whose basis has no legal clock. */
  public RemovalView followUp(long requestId, LocalDate date) {
    return RemovalViews.of(workflow.followUp(requestId, date, me()));
  }

  /**
   * The statutes that can set a request's clock, for the case's form: those of the case's
   * jurisdictions and the ones above them first.
   */
  public List<ClockStatute> clockStatutes(long caseId) {
    access.caseVisible(caseId);
    return deadlines.removalClockStatutes(repository.caseFile(caseId));
  }

  /**
   * Takes the request's clock from a statute of the law library (null: from its legal basis); a
   * sent request's deadline is recomputed from it. A request whose content was removed has no clock
   * left to run: the change is refused, naming statuteId, and no deadline is opened.
   */
  public RemovalView clockFrom(long requestId, Long statuteId) {
    RemovalRequest request = access.editable(requestId);
    if (request.getRemovedAt() != null) {
      throw new InvalidInputException(
          "statuteId",
          "The content was removed on "
              + request.getRemovedAt()
              + "; a removed request's clock has ended and cannot be changed");
    }
    request.clockFrom(clockStatute(statuteId));
    workflow.restartClock(request, me());
    return RemovalViews.of(request);
  }

  /** The statute chosen to set a clock, refused naming the field unless it has such a rule. */
  private Statute clockStatute(Long statuteId) {
    if (statuteId == null) {
      return null;
    }
    if (deadlines.removalClockStatute(statuteId).isEmpty()) {
      throw new InvalidInputException(
          "statuteId",
          "No statute of the law library with a rule counting from a removal request has id "
              + statuteId);
    }
    return repository.statute(statuteId);
  }

  /** Links the request to evidence of its case (what the notice is about). */
  public RemovalView linkEvidence(long requestId, List<String> evidenceIds) {
    RemovalRequest request = access.editable(requestId);
    request.setEvidenceIds(checkedEvidence(request.getCaseFile().getId(), evidenceIds));
    return RemovalViews.of(request);
  }

  public RemovalView watch(long requestId, boolean watched) {
    RemovalRequest request = access.editable(requestId);
    request.setWatched(watched);
    return RemovalViews.of(request);
  }

  /** Acknowledges a re-upload alert once the team has acted on it. */
  public RemovalView dismissReupload(long requestId) {
    RemovalRequest request = access.editable(requestId);
    request.clearReuploadAlert();
    return RemovalViews.of(request);
  }

  /** Content that came back after removal, in the caller's cases. */
  public List<ReuploadAlert> reuploadAlerts() {
    return repository.reuploadAlerts(session.isCallerInRole(ADMIN), me()).stream()
        .map(RemovalViews::alertOf)
        .toList();
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
    repository.add(request);
    repository.add(
        new RemovalEvent(request.getId(), null, RemovalStatus.DRAFT, me(), now, note, null));
    return request;
  }

  private Set<String> checkedEvidence(long caseId, List<String> ids) {
    Set<String> checked = new LinkedHashSet<>();
    if (ids == null) {
      return checked;
    }
    Validation.requireNoNullElements("evidenceIds", ids);
    for (String id : ids) {
      Long owner = repository.caseOfEvidence(id).orElse(null);
      if (owner == null || owner != caseId) {
        throw new InvalidInputException("evidenceIds", "No such evidence in this case: " + id);
      }
      checked.add(id);
    }
    return checked;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
