package org.recourse.evidence.export;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.AnalysisStatus;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyRecorder;
import org.recourse.evidence.EvidenceFrame;
import org.recourse.evidence.EvidenceItem;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.evidence.vpdq.VpdqTextFormat;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.shared.Validation;
import org.recourse.timestamp.ItemTimestamps;
import org.recourse.timestamp.Pem;
import org.recourse.timestamp.TimestampAuthority;

/**
 * Exporting a case's evidence for police or court, for attorneys and advocates of the case team. A
 * package is prepared in one transaction (access checked, items and their custody read) and handed
 * out as a {@link PackageDownload}: writing it streams the ZIP outside any transaction and then
 * records, in a transaction of its own, an EXPORTED entry naming the package and its SHA-256 on
 * every item in it (and in the access log).
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class EvidenceExports {

  @Resource private SessionContext session;
  @EJB private CaseService cases;
  @Inject private EvidenceStorage storage;
  @Inject private EvidenceRepository repository;
  @Inject private CustodyRecorder custody;
  @Inject private Clock clock;
  @EJB private ItemTimestamps timestamps;
  @Inject private Instance<ExportAnchors> anchorFiles;
  @Inject private TimestampAuthority authority;

  /**
   * The export package of a case's evidence (all of it when {@code evidenceIds} is empty), ready to
   * write; writing it records it on every item.
   *
   * @param address the caller's network address, for the chain of custody
   */
  public PackageDownload download(
      long caseId, List<String> evidenceIds, String purpose, String address) {
    ExportJob job = export(caseId, evidenceIds, purpose);
    EvidenceExports self = session.getBusinessObject(EvidenceExports.class);
    return new PackageDownload(
        job.fileName(),
        job::writeTo,
        written -> self.recordExport(job, job.fileName(), written, address));
  }

  /**
   * Prepares the export package of a case's evidence (all of it when {@code evidenceIds} is empty),
   * for attorneys and advocates of the team. Hand it out through a {@link PackageDownload} whose
   * recorder calls {@link #recordExport}.
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
      items = repository.ofCaseOldestFirst(caseId);
    } else {
      items = new ArrayList<>();
      for (String id : new LinkedHashSet<>(evidenceIds)) {
        EvidenceItem item = repository.find(id).orElse(null);
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
    CaseFile caseFile = repository.caseFile(caseId);
    EvidenceVault vault = storage.vault();
    List<ExportItem> exported = new ArrayList<>();
    for (EvidenceItem item : items) {
      List<CustodyLine> custody =
          repository.custodyOf(item.getId()).stream()
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
              () -> vault.open(blobId, key, associatedData),
              vpdq(item)));
    }
    String reason = purpose == null || purpose.isBlank() ? null : purpose.strip();
    if (reason != null && reason.length() > 500) {
      throw new InvalidInputException("purpose", "At most 500 characters");
    }
    return new ExportJob(
        caseId,
        new ExportHeader(caseFile.getNumber(), me(), clock.instant(), reason),
        exported,
        trust(exported));
  }

  /** The items' timestamp replies, the TSA's certificates and the latest anchors of the logs. */
  private ExportTrust trust(List<ExportItem> exported) {
    Map<String, byte[]> replies = new LinkedHashMap<>();
    Set<X509Certificate> carried = new LinkedHashSet<>();
    boolean development = false;
    for (ExportItem item : exported) {
      Optional<byte[]> reply = timestamps.reply(item.evidenceId());
      if (reply.isPresent()) {
        replies.put(item.evidenceId(), reply.get());
        carried.addAll(timestamps.certificates(item.evidenceId()));
        development |= timestamps.view(item.evidenceId()).development();
      }
    }
    List<ExportTrust.AnchorFile> anchors =
        anchorFiles.isResolvable() ? anchorFiles.get().latest(ANCHORS_IN_PACKAGE) : List.of();
    if (replies.isEmpty() && anchors.isEmpty()) {
      return ExportTrust.NONE;
    }
    return new ExportTrust(
        replies,
        Pem.of(List.copyOf(carried)),
        Pem.of(authority.trusted()),
        development || !authority.developmentRoots().isEmpty(),
        anchors);
  }

  /**
   * Records, on every item of {@code job}, that it went out in the package {@code packageName}: the
   * recorder of a {@link PackageDownload}, called once the package is written.
   */
  public void recordExport(
      ExportJob job, String packageName, ExportJob.Written written, String address) {
    cases.access(job.caseId());
    for (String id : job.evidenceIds()) {
      custody.appendFresh(
          repository.find(id).orElse(null),
          CustodyAction.EXPORTED,
          me(),
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

  /** An analysed video's frame hashes in the vPDQ reference's text format; null otherwise. */
  private String vpdq(EvidenceItem item) {
    if (item.getAnalysisStatus() != AnalysisStatus.DONE) {
      return null;
    }
    return VpdqTextFormat.format(
        repository.framesOf(item.getId()).stream().map(EvidenceFrame::toFrame).toList());
  }

  private static final int ANCHORS_IN_PACKAGE = 3;

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
