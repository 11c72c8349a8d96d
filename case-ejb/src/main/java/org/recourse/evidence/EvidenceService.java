package org.recourse.evidence;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessContext;
import org.recourse.audit.AccessLog;
import org.recourse.audit.RefusalRecorder;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceViews.Analysis;
import org.recourse.evidence.EvidenceViews.Content;
import org.recourse.evidence.EvidenceViews.CustodyView;
import org.recourse.evidence.EvidenceViews.EvidenceList;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.EvidenceViews.Preview;
import org.recourse.evidence.EvidenceViews.Staged;
import org.recourse.evidence.EvidenceViews.Verification;
import org.recourse.evidence.Ingestor.Ingested;
import org.recourse.evidence.export.CustodyLine;
import org.recourse.evidence.export.ExportHeader;
import org.recourse.evidence.export.ExportItem;
import org.recourse.evidence.image.ImageTooLargeException;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqResult;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;

/**
 * The evidence vault behind one access rule: evidence belongs to a case and is seen by those who
 * see the case; an item of a case out of reach is "not found". The case team adds evidence;
 * attorneys and advocates of the team may also reveal previews, download and export; everyone else
 * who sees the case (caseworkers, administrators) gets metadata and blurred previews only. Every
 * reveal, download, export and verification is appended to the item's chain of custody; reveals,
 * downloads and exports are recorded in the access log too, as are refusals.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class EvidenceService {

  /** The side of preview images, in pixels. */
  public static final int PREVIEW_SIDE = 480;

  private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  /** The custody actions that hand evidence to a person, and how the access log names them. */
  private static final Map<CustodyAction, AccessAction> ACCESS_ACTIONS =
      Map.of(
          CustodyAction.PREVIEW_REVEALED, AccessAction.EVIDENCE_REVEALED,
          CustodyAction.DOWNLOADED, AccessAction.EVIDENCE_DOWNLOADED,
          CustodyAction.EXPORTED, AccessAction.EVIDENCE_EXPORTED);

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private CaseService cases;
  @EJB private PdqIndex index;
  @Inject private EvidenceStorage storage;
  @EJB private AccessLog accessLog;

  // ---- receiving ----

  /** The largest file accepted, in bytes. */
  public long maxUploadBytes() {
    return storage.ingestor().maxBytes();
  }

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
   * Streams an upload into the vault and analyses it, outside any transaction (an upload takes as
   * long as the network needs). Nothing is recorded yet: {@link #commit} records it with its
   * capture facts, {@link #discard} throws it away. The case is checked first, so an outsider's
   * upload is refused before a byte is stored.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Staged stage(long caseId, String uploadedName, InputStream content) throws IOException {
    CaseAccess access = cases.accessToChange(caseId);
    if (!access.canAddEvidence()) {
      throw new NotPermittedException("Only the case team adds evidence to a case");
    }
    String id = UUID.randomUUID().toString();
    Ingested stored = storage.ingestor().ingest(content, EvidenceItem.associatedData(caseId, id));
    try {
      Analysis analysis = analyse(stored, caseId, id);
      return new Staged(id, caseId, FileNames.sanitise(uploadedName), stored, analysis);
    } catch (IOException | RuntimeException e) {
      deleteBlob(stored.blob().blobId());
      throw e;
    }
  }

  /**
   * Records a staged upload with its capture facts and the first custody entry. If the facts are
   * refused or the transaction does not commit, the stored file is deleted.
   */
  public EvidenceView commit(Staged staged, CaptureFacts capture, String address) {
    String blobId = staged.stored().blob().blobId();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              if (staged.analysis().pdqHex() != null) {
                index.put(
                    staged.evidenceId(),
                    staged.caseId(),
                    PdqHash.fromHex(staged.analysis().pdqHex()));
              }
            } else {
              deleteBlob(blobId);
            }
          }
        });
    CaseAccess access = cases.accessToChange(staged.caseId());
    if (!access.canAddEvidence()) {
      throw new NotPermittedException("Only the case team adds evidence to a case");
    }
    CaptureFacts facts = checked(capture);
    CaseFile caseFile = em.find(CaseFile.class, staged.caseId());
    Instant now = Instant.now();
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
    em.persist(item);
    Ingested stored = staged.stored();
    em.persist(
        CustodyEvent.append(
            item,
            CustodyAction.RECEIVED,
            me(),
            now,
            address,
            null,
            "SHA-256 "
                + stored.sha256()
                + "; MD5 "
                + stored.md5()
                + "; "
                + stored.size()
                + " bytes; "
                + stored.mediaType()
                + (analysis.pdqHex() == null ? "" : "; PDQ " + analysis.pdqHex())));
    em.flush();
    return view(item, access);
  }

  /** Throws away a staged upload that will not be recorded. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void discard(Staged staged) {
    deleteBlob(staged.stored().blob().blobId());
  }

  // ---- reading ----

  /** The evidence of a case, newest first. */
  public EvidenceList list(long caseId) {
    CaseAccess access = cases.access(caseId);
    List<EvidenceView> views =
        em
            .createQuery(
                "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c ORDER BY e.receivedAt DESC",
                EvidenceItem.class)
            .setParameter("c", caseId)
            .getResultList()
            .stream()
            .map(item -> view(item, access))
            .toList();
    return new EvidenceList(views, access.canAddEvidence(), access.canHandleEvidence());
  }

  /** One item's metadata. */
  public EvidenceView get(String evidenceId) {
    Held held = held(evidenceId);
    return view(held.item(), held.access());
  }

  /** The item's chain of custody, oldest first. */
  public List<CustodyView> custody(String evidenceId) {
    held(evidenceId); // the access check: another team's item is not found
    return events(evidenceId).stream()
        .map(
            e ->
                new CustodyView(
                    e.getSequence(),
                    e.getAction(),
                    e.getAction().label(),
                    e.getActor(),
                    e.getOccurredAt(),
                    e.getAddress(),
                    e.getReason(),
                    e.getDetail(),
                    e.getPreviousHash(),
                    e.getHash()))
        .toList();
  }

  /**
   * A thumbnail of an image: blurred for anyone who sees the case, sharp ("revealed") only for
   * attorneys and advocates of the team, and then logged.
   */
  public Preview preview(String evidenceId, boolean reveal, String address, String reason) {
    Held held = held(evidenceId);
    EvidenceItem item = held.item();
    CaseAccess access = held.access();
    if (!previewable(item)) {
      throw new NotFoundException("This item has no preview");
    }
    if (reveal && !access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may reveal evidence");
    }
    try {
      BufferedImage image = storage.images().decode(read(item));
      byte[] jpeg =
          reveal
              ? storage.images().thumbnail(image, PREVIEW_SIDE)
              : storage.images().blurredThumbnail(image, PREVIEW_SIDE);
      if (reveal) {
        append(item, CustodyAction.PREVIEW_REVEALED, address, reason, null);
      }
      return new Preview(jpeg, !reveal);
    } catch (IOException e) {
      throw new UncheckedIOException("The preview of evidence " + evidenceId + " failed", e);
    }
  }

  /** The file itself, for attorneys and advocates of the team; the download is logged first. */
  public Content download(String evidenceId, String address, String reason) {
    Held held = held(evidenceId);
    EvidenceItem item = held.item();
    CaseAccess access = held.access();
    if (!access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may download evidence");
    }
    if (item.getWrappedKey() == null) {
      throw new NotFoundException("The content of this item was destroyed");
    }
    append(item, CustodyAction.DOWNLOADED, address, reason, null);
    EvidenceVault vault = storage.vault();
    String blobId = item.getBlobId();
    String key = item.getWrappedKey();
    byte[] associatedData = item.associatedData();
    return new Content(
        item.getFileName(),
        item.getMediaType(),
        item.getSize(),
        () -> vault.open(blobId, key, associatedData));
  }

  // ---- integrity ----

  /**
   * Re-reads the stored file and recomputes its SHA-256, checks the custody chain entry by entry
   * and against the head kept on the item, and records the result as a custody entry.
   */
  public Verification verify(String evidenceId, String address) {
    EvidenceItem item = held(evidenceId).item();
    em.lock(item, LockModeType.PESSIMISTIC_WRITE);
    List<String> problems = new ArrayList<>();
    boolean fileIntact = checkFile(item, problems);
    boolean chainIntact = checkChain(item, problems);
    boolean intact = fileIntact && chainIntact;
    String detail =
        intact
            ? "SHA-256 matches " + item.getSha256() + "; custody log intact"
            : String.join("; ", problems);
    Instant at = Instant.now();
    append(
        item,
        intact ? CustodyAction.VERIFIED : CustodyAction.VERIFICATION_FAILED,
        address,
        null,
        detail);
    if (!intact) {
      LOG.warning(() -> "Integrity check failed for evidence " + evidenceId + ": " + detail);
    }
    return new Verification(evidenceId, intact, fileIntact, chainIntact, detail, at);
  }

  private boolean checkFile(EvidenceItem item, List<String> problems) {
    if (item.getWrappedKey() == null) {
      problems.add("The content was destroyed");
      return false;
    }
    try (InputStream in =
        storage.vault().open(item.getBlobId(), item.getWrappedKey(), item.associatedData())) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) > 0) {
        sha256.update(buffer, 0, read);
      }
      String actual = HexFormat.of().formatHex(sha256.digest());
      if (!actual.equals(item.getSha256())) {
        problems.add("The stored file's SHA-256 is " + actual + ", not " + item.getSha256());
        return false;
      }
      return true;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      problems.add("The stored file was altered or is missing (it no longer decrypts)");
      return false;
    }
  }

  private boolean checkChain(EvidenceItem item, List<String> problems) {
    List<CustodyEvent> events = events(item.getId());
    Optional<String> broken =
        CustodyChain.firstBreak(events.stream().map(CustodyEvent::link).toList());
    if (broken.isPresent()) {
      problems.add("Custody log: " + broken.get());
      return false;
    }
    CustodyEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    int count = last == null ? 0 : last.getSequence();
    String head = last == null ? CustodyChain.GENESIS : last.getHash();
    if (count != item.getCustodyCount() || !head.equals(item.getCustodyHead())) {
      problems.add(
          "Custody log: entries after "
              + count
              + " were removed (the item records "
              + item.getCustodyCount()
              + ")");
      return false;
    }
    return true;
  }

  // ---- matching ----

  /**
   * Evidence whose image is within {@code threshold} bits of the probe's PDQ hash, in the cases the
   * caller sees, nearest first. The probe image is hashed in memory and not kept.
   */
  public List<MatchView> matches(InputStream probeImage, int threshold) throws IOException {
    PdqHash probe = hashProbe(probeImage);
    return resolve(index.matches(probe, checkedThreshold(threshold), visibleCases()), null);
  }

  /** Evidence elsewhere whose image looks like this item's. */
  public List<MatchView> matchesOf(String evidenceId, int threshold) {
    EvidenceItem item = held(evidenceId).item();
    if (item.getPdq() == null) {
      throw new InvalidInputException(
          "evidenceId", "This item has no perceptual hash (it is not a decodable image)");
    }
    return resolve(
        index.matches(PdqHash.fromHex(item.getPdq()), checkedThreshold(threshold), visibleCases()),
        evidenceId);
  }

  private PdqHash hashProbe(InputStream probeImage) throws IOException {
    byte[] bytes = probeImage.readNBytes((int) EvidenceStorage.ANALYSIS_MAX_BYTES + 1);
    if (bytes.length == 0) {
      throw new EvidenceRejectedException(Reason.EMPTY, "The image is empty.");
    }
    if (bytes.length > EvidenceStorage.ANALYSIS_MAX_BYTES) {
      throw new EvidenceRejectedException(
          Reason.TOO_LARGE,
          "Images to match may be at most "
              + Ingestor.describe(EvidenceStorage.ANALYSIS_MAX_BYTES)
              + ".");
    }
    try {
      return storage.hasher().hash(storage.images().decode(bytes)).hash();
    } catch (ImageTooLargeException e) {
      throw new EvidenceRejectedException(Reason.IMAGE_TOO_LARGE, e.getMessage());
    } catch (UnreadableImageException e) {
      throw new EvidenceRejectedException(
          Reason.UNSUPPORTED_TYPE,
          "Not an image this server can read (JPEG, PNG, GIF or BMP): " + e.getMessage());
    }
  }

  private static int checkedThreshold(int threshold) {
    if (threshold < 0 || threshold > PdqHash.BITS) {
      throw new InvalidInputException(
          "threshold", "The threshold must be between 0 and " + PdqHash.BITS + " bits");
    }
    return threshold;
  }

  private LongPredicate visibleCases() {
    if (session.isCallerInRole(ADMIN)) {
      return caseId -> true;
    }
    Set<Long> ids =
        Set.copyOf(
            em.createQuery(
                    "SELECT t.caseFile.id FROM TeamMember t WHERE t.username = :me", Long.class)
                .setParameter("me", me())
                .getResultList());
    return PdqIndex.inCases(ids);
  }

  private List<MatchView> resolve(List<PdqIndex.Match> found, String excluded) {
    Map<String, PdqIndex.Match> byId = new LinkedHashMap<>();
    found.stream()
        .filter(match -> !match.evidenceId().equals(excluded))
        .limit(100)
        .forEach(match -> byId.put(match.evidenceId(), match));
    if (byId.isEmpty()) {
      return List.of();
    }
    Map<String, EvidenceItem> items = new LinkedHashMap<>();
    em.createQuery(
            "SELECT e FROM EvidenceItem e JOIN FETCH e.caseFile WHERE e.id IN :ids",
            EvidenceItem.class)
        .setParameter("ids", byId.keySet())
        .getResultList()
        .forEach(item -> items.put(item.getId(), item));
    List<MatchView> views = new ArrayList<>();
    byId.forEach(
        (id, match) -> {
          EvidenceItem item = items.get(id);
          if (item != null) {
            views.add(
                new MatchView(
                    id,
                    item.getCaseFile().getId(),
                    item.getCaseFile().getNumber(),
                    item.getFileName(),
                    match.distance()));
          }
        });
    return views;
  }

  // ---- export ----

  /**
   * Prepares the export package of a case's evidence (all of it when {@code evidenceIds} is empty),
   * for attorneys and advocates of the team. The caller writes it and then calls {@link
   * #recordExport}.
   */
  public ExportJob export(long caseId, List<String> evidenceIds, String purpose) {
    CaseAccess access = cases.access(caseId);
    if (!access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may export evidence");
    }
    Validation.requireNoNullElements("evidenceIds", evidenceIds);
    List<EvidenceItem> items;
    if (evidenceIds == null || evidenceIds.isEmpty()) {
      items =
          em.createQuery(
                  "SELECT e FROM EvidenceItem e WHERE e.caseFile.id = :c ORDER BY e.receivedAt",
                  EvidenceItem.class)
              .setParameter("c", caseId)
              .getResultList();
    } else {
      items = new ArrayList<>();
      for (String id : new java.util.LinkedHashSet<>(evidenceIds)) {
        EvidenceItem item = em.find(EvidenceItem.class, id);
        if (item == null || item.getCaseFile().getId() != caseId) {
          throw new NotFoundException("No such evidence in this case: " + id);
        }
        items.add(item);
      }
    }
    if (items.isEmpty()) {
      throw new InvalidInputException("evidenceIds", "There is no evidence to export");
    }
    items = items.stream().filter(item -> item.getWrappedKey() != null).toList();
    CaseFile caseFile = em.find(CaseFile.class, caseId);
    EvidenceVault vault = storage.vault();
    List<ExportItem> exported = new ArrayList<>();
    for (EvidenceItem item : items) {
      List<CustodyLine> custody =
          events(item.getId()).stream()
              .map(
                  e ->
                      new CustodyLine(
                          e.getSequence(),
                          e.getOccurredAt(),
                          e.getActor(),
                          e.getAction().name(),
                          e.getAddress(),
                          e.getReason(),
                          e.getDetail(),
                          e.getPreviousHash(),
                          e.getHash()))
              .toList();
      String blobId = item.getBlobId();
      String key = item.getWrappedKey();
      byte[] associatedData = item.associatedData();
      exported.add(
          new ExportItem(
              item.getId(),
              item.getFileName(),
              item.getMediaType(),
              item.getSize(),
              item.getSha256(),
              item.getMd5(),
              item.getPdq(),
              item.getPdqQuality(),
              item.capture(),
              custody,
              () -> vault.open(blobId, key, associatedData)));
    }
    String reason = purpose == null || purpose.isBlank() ? null : purpose.strip();
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("purpose", "At most 500 characters");
    }
    return new ExportJob(
        caseId, new ExportHeader(caseFile.getNumber(), me(), Instant.now(), reason), exported);
  }

  /** Records a written export package on every item in it. */
  public void recordExport(ExportJob job, ExportJob.Written written, String address) {
    recordExport(job, job.fileName(), written, address);
  }

  /** Records, on every item of {@code job}, that it went out in the package {@code packageName}. */
  public void recordExport(
      ExportJob job, String packageName, ExportJob.Written written, String address) {
    cases.access(job.caseId());
    for (String id : job.evidenceIds()) {
      append(
          em.find(EvidenceItem.class, id),
          CustodyAction.EXPORTED,
          address,
          job.header().purpose(),
          "Export package "
              + packageName
              + ", SHA-256 "
              + written.sha256()
              + ", "
              + written.size()
              + " bytes");
    }
  }

  // ---- helpers ----

  private Analysis analyse(Ingested stored, long caseId, String id) throws IOException {
    if (!FileTypes.isImage(stored.mediaType())) {
      return new Analysis(null, null, null, null, null);
    }
    if (stored.size() > EvidenceStorage.ANALYSIS_MAX_BYTES) {
      return new Analysis(
          null, null, null, null, "Too large to analyse here: no perceptual hash or preview");
    }
    byte[] bytes;
    try (InputStream in =
        storage
            .vault()
            .open(
                stored.blob().blobId(),
                stored.blob().wrappedKey(),
                EvidenceItem.associatedData(caseId, id))) {
      bytes = in.readAllBytes();
    }
    try {
      BufferedImage image = storage.images().decode(bytes);
      PdqResult pdq = storage.hasher().hash(image);
      return new Analysis(
          pdq.hash().toHex(), pdq.quality(), image.getWidth(), image.getHeight(), null);
    } catch (ImageTooLargeException e) {
      throw new EvidenceRejectedException(Reason.IMAGE_TOO_LARGE, e.getMessage());
    } catch (UnreadableImageException e) {
      return new Analysis(
          null,
          null,
          null,
          null,
          "This image format cannot be decoded here: no perceptual hash or preview");
    }
  }

  private byte[] read(EvidenceItem item) throws IOException {
    try (InputStream in =
        storage.vault().open(item.getBlobId(), item.getWrappedKey(), item.associatedData())) {
      return in.readAllBytes();
    }
  }

  private void append(
      EvidenceItem item, CustodyAction action, String address, String reason, String detail) {
    em.lock(item, LockModeType.PESSIMISTIC_WRITE);
    em.persist(
        CustodyEvent.append(
            item,
            action,
            me(),
            Instant.now(),
            clip(address, 64),
            clip(reason, 500),
            clip(detail, 1000)));
    AccessAction logged = ACCESS_ACTIONS.get(action);
    if (logged != null) {
      accessLog.granted(
          logged, item.getCaseFile().getId(), TargetType.EVIDENCE_ITEM, item.getId(), null);
    }
  }

  private List<CustodyEvent> events(String evidenceId) {
    return em.createQuery(
            "SELECT e FROM CustodyEvent e WHERE e.evidenceId = :id ORDER BY e.sequence",
            CustodyEvent.class)
        .setParameter("id", evidenceId)
        .getResultList();
  }

  /** An item with what the caller may do in its case; "not found" outside the caller's cases. */
  private record Held(EvidenceItem item, CaseAccess access) {}

  private Held held(String evidenceId) {
    EvidenceItem item = evidenceId == null ? null : em.find(EvidenceItem.class, evidenceId);
    if (item == null) {
      throw new NotFoundException("No such evidence");
    }
    AccessContext.about(TargetType.EVIDENCE_ITEM, evidenceId);
    try {
      return new Held(item, cases.access(item.getCaseFile().getId()));
    } catch (NotFoundException e) {
      throw new NotFoundException("No such evidence");
    }
  }

  private static boolean previewable(EvidenceItem item) {
    return FileTypes.isImage(item.getMediaType())
        && item.getPdq() != null
        && item.getWrappedKey() != null;
  }

  private EvidenceView view(EvidenceItem item, CaseAccess access) {
    return new EvidenceView(
        item.getId(),
        item.getCaseFile().getId(),
        item.getCaseFile().getNumber(),
        item.getFileName(),
        item.getMediaType(),
        item.getSize(),
        item.getSha256(),
        item.getMd5(),
        item.getPdq(),
        item.getPdqQuality(),
        item.getWidth(),
        item.getHeight(),
        item.getAnalysisNote(),
        item.capture(),
        item.getReceivedAt(),
        item.getReceivedBy(),
        item.getCustodyCount(),
        previewable(item),
        access.canHandleEvidence() && previewable(item));
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
    if (facts.capturedAt() != null && facts.capturedAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
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
    if (description != null && description.length() > 4000) {
      errors.put("description", "At most 4000 characters");
    } else if (!Validation.isMultiLine(description)) {
      errors.put("description", Validation.MULTI_LINE_MESSAGE);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CaptureFacts(url, facts.capturedAt(), capturedBy, facts.method(), description);
  }

  private void deleteBlob(String blobId) {
    try {
      storage.vault().delete(blobId);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the stored file of a refused upload " + blobId, e);
    }
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }

  private static String clip(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    return stripped.length() <= max ? stripped : stripped.substring(0, max);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
