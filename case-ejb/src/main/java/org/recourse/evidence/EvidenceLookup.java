package org.recourse.evidence;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recourse.audit.AccessContext;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.shared.NotFoundException;
import org.recourse.timestamp.TimestampView;

/**
 * Finds an item for the caller behind the access rule of its case: an item of a case out of the
 * caller's reach is "not found", like an item that does not exist. Also turns items into the views
 * the services return.
 */
@ApplicationScoped
public class EvidenceLookup {

  @Inject private EvidenceRepository repository;
  @EJB private CaseService cases;

  /** For CDI. */
  protected EvidenceLookup() {}

  /** A lookup over explicit collaborators, for tests. */
  EvidenceLookup(EvidenceRepository repository, CaseService cases) {
    this.repository = repository;
    this.cases = cases;
  }

  /** An item with what the caller may do in its case. */
  public record Held(EvidenceItem item, CaseAccess access) {}

  /** The item and the caller's rights in its case; "not found" outside the caller's cases. */
  public Held held(String evidenceId) {
    EvidenceItem item = evidenceId == null ? null : repository.find(evidenceId).orElse(null);
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

  /**
   * Whether the item has a preview image to show: an image that could be analysed, or a video whose
   * analysis is done.
   */
  public static boolean previewable(EvidenceItem item) {
    if (item.getWrappedKey() == null) {
      return false;
    }
    if (FileTypes.isVideo(item.getMediaType())) {
      return item.getAnalysisStatus() == AnalysisStatus.DONE;
    }
    return FileTypes.isImage(item.getMediaType()) && item.getPdq() != null;
  }

  /**
   * The item's metadata as the caller may see it, with how many frames of a video are hashed and
   * its timestamp.
   */
  public static EvidenceView view(
      EvidenceItem item, CaseAccess access, Integer frameCount, TimestampView timestamp) {
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
        access.canHandleEvidence() && previewable(item),
        item.getAnalysisStatus(),
        item.getDurationSeconds(),
        item.getFrameRate(),
        item.getCodec(),
        frameCount,
        timestamp);
  }
}
