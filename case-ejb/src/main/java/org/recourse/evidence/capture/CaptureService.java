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
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseService;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyRecorder;
import org.recourse.evidence.EvidenceItem;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.capture.CaptureViews.CaptureJobView;
import org.recourse.evidence.capture.CaptureViews.NewCapture;
import org.recourse.evidence.capture.CaptureViews.TextPassages;
import org.recourse.removal.RemovalRequestService;
import org.recourse.shared.AfterCommit;
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

  private static final Logger LOG = Logger.getLogger(CaptureService.class.getName());
  private static final int MAX_URL = 2000;
  private static final int MAX_NOTE = 2000;
  private static final int MAX_QUERY = 200;
  private static final int MAX_SEARCHED = 50;
  private static final int MAX_TEXT_BYTES = 4 * 1024 * 1024;

  @Resource private SessionContext session;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private CaseService cases;
  @EJB private RemovalRequestService removals;
  @EJB private CaptureRunner runner;
  @Inject private CaptureJobRepository repository;
  @Inject private Clock clock;
  @Inject private EvidenceRepository evidence;
  @Inject private EvidenceStorage storage;
  @Inject private CustodyRecorder custody;

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
    AfterCommit.run(transactions, () -> runner.runLater(jobId));
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

  /**
   * The passages of a case's captured pages whose visible text holds {@code query} (letter case
   * ignored): a few a capture, for the case's attorneys and advocates, who may reveal its evidence.
   * Each capture whose passages are shown gets a custody entry and an access-log row; neither keeps
   * the query, which may itself name the client.
   */
  public List<TextPassages> searchText(long caseId, String query, String address) {
    if (!cases.access(caseId).canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may read captured pages");
    }
    String wanted = checkedQuery(query);
    Pattern pattern =
        Pattern.compile(Pattern.quote(wanted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<TextPassages> found = new ArrayList<>();
    for (CaptureJob job : repository.ofCase(caseId, MAX_SEARCHED)) {
      Optional<EvidenceItem> text =
          job.getTextId() == null ? Optional.empty() : evidence.find(job.getTextId());
      if (text.isEmpty() || text.get().getWrappedKey() == null) {
        continue;
      }
      Optional<String> content = read(text.get());
      if (content.isEmpty()) {
        continue;
      }
      List<String> passages = TextPassages.find(content.get(), pattern);
      if (!passages.isEmpty()) {
        custody.appendFresh(
            text.get(),
            CustodyAction.TEXT_SEARCHED,
            me(),
            address,
            null,
            passages.size() + " passage(s) shown");
        found.add(new TextPassages(job.getId(), text.get().getId(), job.getUrl(), passages));
      }
    }
    return found;
  }

  /** The item's text; none, said in the log by id, when its stored file cannot be read. */
  private Optional<String> read(EvidenceItem item) {
    try (InputStream in =
        storage.vault().open(item.getBlobId(), item.getWrappedKey(), item.associatedData())) {
      return Optional.of(new String(in.readNBytes(MAX_TEXT_BYTES), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          () ->
              "The text of capture item "
                  + item.getId()
                  + " cannot be read; the search goes on without it: "
                  + e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static String checkedQuery(String query) {
    String wanted = query == null ? "" : query.strip();
    if (wanted.length() < 2) {
      throw new InvalidInputException("q", "Enter at least 2 characters to search for");
    }
    if (wanted.length() > MAX_QUERY) {
      throw new InvalidInputException("q", "At most " + MAX_QUERY + " characters");
    }
    if (!Validation.isOneLine(wanted)) {
      throw new InvalidInputException("q", Validation.ONE_LINE_MESSAGE);
    }
    return wanted;
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
