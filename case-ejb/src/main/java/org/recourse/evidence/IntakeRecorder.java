package org.recourse.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;
import static org.recourse.shared.Roles.CLIENT;

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
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceViews.Analysis;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.Staged;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;
import org.recourse.timestamp.ItemTimestamps;

/**
 * The transactional half of intake, behind {@link EvidenceIntake}: the permission check before an
 * upload is read, and recording a staged upload with its capture facts and first custody entry in
 * one transaction, with the request for its trusted timestamp (the TSA itself is asked only after
 * the commit, so an absent TSA never fails a receipt). After that transaction the staged file is
 * either entered in the PDQ index, or for a video queued for analysis ({@link VideoAnalysis})
 * (committed), or deleted from the vault (anything else), so no file outlives a refused record. An
 * image's hash is announced to the other nodes' indexes in the same transaction, last.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class IntakeRecorder {

  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** How the first custody entry of a client's upload begins. */
  public static final String FROM_CLIENT = "Received from the client through the portal";

  @Resource private SessionContext session;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private CaseService cases;
  @EJB private PdqIndex index;
  @EJB private VideoAnalysis videoAnalysis;
  @EJB private ItemTimestamps timestamps;
  @Inject private EvidenceStorage storage;
  @Inject private EvidenceRepository repository;
  @Inject private Clock clock;
  @Inject private ClientCases clientCases;

  /**
   * Refuses an upload the caller may not make, before its body is read: a case outside the caller's
   * reach is "not found" and a role that may not add evidence is refused, whatever the upload
   * holds.
   */
  public void checkCanAdd(long caseId) {
    if (!cases.accessToChange(caseId).canAddEvidence()) {
      throw new NotPermittedException("Only the case team adds evidence to a case");
    }
  }

  /**
   * Records a staged upload with its capture facts and the first custody entry. If the facts are
   * refused or the transaction does not commit, the stored file is deleted.
   */
  public EvidenceView commit(Staged staged, CaptureFacts capture, String address) {
    return commit(staged, capture, address, null);
  }

  /**
   * As {@link #commit(Staged, CaptureFacts, String)}, the first custody entry beginning with {@code
   * origin} when one is given (where the server itself fetched the file from).
   */
  public EvidenceView commit(Staged staged, CaptureFacts capture, String address, String origin) {
    afterCompletion(staged);
    CaseAccess access = cases.accessToChange(staged.caseId());
    if (!access.canAddEvidence()) {
      throw new NotPermittedException("Only the case team adds evidence to a case");
    }
    EvidenceItem item = record(staged, checked(capture), address, origin);
    return EvidenceLookup.view(item, access, null, timestamps.view(item.getId()));
  }

  /**
   * Records a client's staged upload to their own case: the capture method "received from the
   * victim", the client's description, the client as the one it was received from, and a first
   * custody entry beginning {@value #FROM_CLIENT}. If the description is refused, the case is not
   * the client's or the transaction does not commit, the stored file is deleted.
   */
  @RolesAllowed(CLIENT)
  public ClientUploadView commitFromClient(Staged staged, String description, String address) {
    afterCompletion(staged);
    clientCases.checkOwn(staged.caseId());
    CaptureFacts facts =
        checked(
            new CaptureFacts(null, null, null, CaptureMethod.RECEIVED_FROM_VICTIM, description));
    return ClientUploads.view(record(staged, facts, address, FROM_CLIENT));
  }

  /**
   * Once the transaction ends: a committed image enters the PDQ index and a committed video is
   * queued for analysis; anything else deletes the stored file.
   */
  private void afterCompletion(Staged staged) {
    String blobId = staged.stored().blob().blobId();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              if (FileTypes.isVideo(staged.stored().mediaType())) {
                videoAnalysis.analyseLater(staged.evidenceId());
              }
              if (staged.analysis().pdqHex() != null) {
                index.put(
                    staged.evidenceId(),
                    staged.caseId(),
                    PdqHash.fromHex(staged.analysis().pdqHex()));
              }
            } else {
              storage.deleteQuietly(blobId);
            }
          }
        });
  }

  /** Writes the item, its first custody entry and its timestamp request, and flushes. */
  private EvidenceItem record(Staged staged, CaptureFacts facts, String address, String origin) {
    CaseFile caseFile = repository.caseFile(staged.caseId());
    Instant now = clock.instant();
    EvidenceItem item =
        new EvidenceItem(
            staged.evidenceId(), caseFile, staged.fileName(), staged.stored(), facts, me(), now);
    Analysis analysis = staged.analysis();
    item.analysed(
        analysis.pdqHex(),
        analysis.quality(),
        analysis.width(),
        analysis.height(),
        analysis.note());
    if (FileTypes.isVideo(staged.stored().mediaType())) {
      item.analysisPending();
    }
    repository.persist(item);
    Ingested stored = staged.stored();
    repository.persist(
        CustodyEvent.append(
            item,
            CustodyAction.RECEIVED,
            me(),
            now,
            address,
            null,
            (origin == null ? "" : origin + "; ")
                + "SHA-256 "
                + stored.sha256()
                + "; MD5 "
                + stored.md5()
                + "; "
                + stored.size()
                + " bytes; "
                + stored.mediaType()
                + (analysis.pdqHex() == null ? "" : "; PDQ " + analysis.pdqHex())));
    timestamps.requestFor(item.getId(), stored.sha256());
    repository.flush();
    if (analysis.pdqHex() != null) {
      index.recordAdded(item.getId());
    }
    return item;
  }

  private CaptureFacts checked(CaptureFacts capture) {
    Map<String, String> errors = new LinkedHashMap<>();
    CaptureFacts facts = capture == null ? new CaptureFacts(null, null, null, null, null) : capture;
    String url = blankToNull(facts.sourceUrl());
    if (url != null) {
      if (url.length() > 2000) {
        errors.put("sourceUrl", "At most 2000 characters");
      } else if (!Validation.isOneLine(url)) {
        errors.put("sourceUrl", Validation.ONE_LINE_MESSAGE);
      } else {
        try {
          URI uri = new URI(url);
          if (!("http".equalsIgnoreCase(uri.getScheme())
                  || "https".equalsIgnoreCase(uri.getScheme()))
              || uri.getHost() == null) {
            errors.put(
                "sourceUrl", "Enter the full web address, starting with https:// or http://");
          }
        } catch (URISyntaxException e) {
          errors.put("sourceUrl", "Not a valid web address");
        }
      }
    }
    if (facts.capturedAt() != null
        && facts.capturedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
      errors.put("capturedAt", "The capture time cannot be in the future");
    }
    String capturedBy = blankToNull(facts.capturedBy());
    if (capturedBy != null && capturedBy.length() > 200) {
      errors.put("capturedBy", "At most 200 characters");
    } else if (!Validation.isOneLine(capturedBy)) {
      errors.put("capturedBy", Validation.ONE_LINE_MESSAGE);
    }
    if (facts.method() == null) {
      errors.put("method", "Say how the evidence was captured");
    }
    String description = blankToNull(facts.description());
    descriptionRefusal(description).ifPresent(refusal -> errors.put("description", refusal));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CaptureFacts(url, facts.capturedAt(), capturedBy, facts.method(), description);
  }

  /** Why a description may not be kept, if it may not: too long, or with control characters. */
  static Optional<String> descriptionRefusal(String description) {
    String text = blankToNull(description);
    if (text != null && text.length() > 4000) {
      return Optional.of("At most 4000 characters");
    }
    if (!Validation.isMultiLine(text)) {
      return Optional.of(Validation.MULTI_LINE_MESSAGE);
    }
    return Optional.empty();
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
