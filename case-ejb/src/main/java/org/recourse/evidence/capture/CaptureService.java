package org.recourse.evidence.capture;

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
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseService;
import org.recourse.evidence.capture.CaptureViews.CaptureJobView;
import org.recourse.evidence.capture.CaptureViews.NewCapture;
import org.recourse.removal.RemovalRequestService;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * Capturing a page into a case: the request is checked at once (the caller may add evidence to the
 * case, the address is a web address, its host does not lead into a private network, the removal
 * request belongs to the case) and answered with a queued job; the capture itself runs after the
 * job commits ({@link CaptureRunner}) and its progress is read here. A job is seen by those who see
 * its case, and "not found" means missing or out of reach alike.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class CaptureService {

  private static final int MAX_URL = 2000;
  private static final int MAX_NOTE = 2000;

  @Resource private SessionContext session;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private CaseService cases;
  @EJB private RemovalRequestService removals;
  @EJB private CaptureRunner runner;
  @Inject private CaptureJobRepository repository;
  @Inject private Clock clock;

  /** Queues a capture; refused with the field named for a bad address or note. */
  public CaptureJobView start(long caseId, NewCapture command) {
    if (!cases.accessToChange(caseId).canAddEvidence()) {
      throw new NotPermittedException("Only the case team adds evidence to a case");
    }
    Long removalId = command == null ? null : command.removalRequestId();
    if (removalId != null && removals.get(removalId).request().caseId() != caseId) {
      throw new NotFoundException("No such removal request in this case");
    }
    URI url = checkedUrl(command == null ? null : command.url());
    String note = checkedNote(command == null ? null : command.note());
    TargetGuard.Verdict verdict =
        new TargetGuard(CaptureLimits.fromSettings().allowLoopback()).check(url);
    if (!verdict.allowed() && !verdict.unresolved()) {
      throw new CaptureRefusedException(verdict.refusal());
    }
    CaptureJob job = new CaptureJob(caseId, removalId, url.toString(), note, me(), clock.instant());
    repository.persist(job);
    repository.flush();
    long jobId = job.getId();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              runner.runLater(jobId);
            }
          }
        });
    return CaptureJobView.of(job);
  }

  /** One job of a case the caller sees. */
  public CaptureJobView job(long jobId) {
    CaptureJob job =
        repository.find(jobId).orElseThrow(() -> new NotFoundException("No such capture"));
    try {
      cases.access(job.getCaseId());
    } catch (NotFoundException outOfReach) {
      throw new NotFoundException("No such capture");
    }
    return CaptureJobView.of(job);
  }

  /** The latest captures of a case the caller sees, newest first. */
  public List<CaptureJobView> ofCase(long caseId) {
    cases.access(caseId);
    return repository.ofCase(caseId, 50).stream().map(CaptureJobView::of).toList();
  }

  private static URI checkedUrl(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("url", "Enter the address of the page to capture");
    }
    String url = text.strip();
    if (url.length() > MAX_URL) {
      throw new InvalidInputException("url", "At most " + MAX_URL + " characters");
    }
    if (!Validation.isOneLine(url)) {
      throw new InvalidInputException("url", Validation.ONE_LINE_MESSAGE);
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidInputException(
            "url", "Enter the full web address, starting with https:// or http://");
      }
      if (uri.getRawUserInfo() != null) {
        throw new InvalidInputException("url", "Addresses with a user name are not captured");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new InvalidInputException("url", "Not a valid web address");
    }
  }

  private static String checkedNote(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String note = text.strip();
    if (note.length() > MAX_NOTE) {
      throw new InvalidInputException("note", "At most " + MAX_NOTE + " characters");
    }
    if (!Validation.isMultiLine(note)) {
      throw new InvalidInputException("note", Validation.MULTI_LINE_MESSAGE);
    }
    return note;
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
