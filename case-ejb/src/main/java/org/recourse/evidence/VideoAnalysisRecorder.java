package org.recourse.evidence;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.evidence.video.VideoInfo;
import org.recourse.evidence.video.VideoSource;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqFrame;
import org.recourse.shared.AfterCommit;

/**
 * The transactional half of {@link VideoAnalysis}: each outcome is written in one transaction of
 * its own, so an item is never left with frames but without its DONE status, nor DONE without its
 * frames. Only a pending item whose content still exists is written to; one shredded or analysed
 * meanwhile is left alone. The custody entry says what was done (how many frames were hashed, or
 * why none could be) and never what the video shows; its actor is the system. The frames enter the
 * match index only once their transaction has committed; the other nodes' indexes learn of them
 * from the change written last in that transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class VideoAnalysisRecorder {

  /** The actor of the custody entries the analysis writes. */
  static final String SYSTEM_ACTOR = "system";

  @Resource private TransactionSynchronizationRegistry transactions;
  @EJB private PdqIndex index;
  @Inject private EvidenceRepository repository;
  @Inject private EvidenceStorage storage;
  @Inject private CustodyRecorder custodyLog;

  /** The stored video of an item still waiting for analysis; empty for any other item. */
  public Optional<VideoSource> pendingSource(String evidenceId) {
    return repository
        .find(evidenceId)
        .filter(VideoAnalysisRecorder::pending)
        .map(storage::videoSource);
  }

  /** The items a stopped server left waiting for analysis. */
  public List<String> pendingIds() {
    return repository.pendingVideoIds();
  }

  /** Records a video's frames and facts, and marks it analysed. */
  public void recordAnalysis(String evidenceId, VideoHash hash) {
    Optional<EvidenceItem> found = lockedPending(evidenceId);
    if (found.isEmpty()) {
      return;
    }
    EvidenceItem item = found.get();
    List<VpdqFrame> frames = hash.frames();
    for (VpdqFrame frame : frames) {
      repository.persist(EvidenceFrame.of(evidenceId, frame));
    }
    VideoInfo info = hash.info();
    item.videoAnalysed(
        info.width(), info.height(), info.framesPerSecond(), info.durationSeconds(), codec(info));
    double interval = storage.videoSettings().intervalSeconds();
    custodyLog.append(
        item,
        CustodyAction.VIDEO_ANALYSED,
        SYSTEM_ACTOR,
        null,
        null,
        "vPDQ: "
            + frames.size()
            + " frame hash(es), "
            + (interval > 0
                ? "one frame per " + String.format(Locale.ROOT, "%g", interval) + " s"
                : "every frame")
            + "; "
            + info.width()
            + " by "
            + info.height()
            + " pixels; "
            + String.format(Locale.ROOT, "%.2f", info.durationSeconds())
            + " s");
    repository.flush();
    index.recordAdded(evidenceId);
    long caseId = item.getCaseFile().getId();
    AfterCommit.run(
        transactions,
        () -> {
          index.putFrames(evidenceId, caseId, frames);
        });
  }

  /** Records why a video could not be analysed; its stored file is kept. */
  public void recordFailure(String evidenceId, String note) {
    Optional<EvidenceItem> found = lockedPending(evidenceId);
    if (found.isEmpty()) {
      return;
    }
    EvidenceItem item = found.get();
    item.analysisFailed(note);
    custodyLog.append(item, CustodyAction.VIDEO_ANALYSIS_FAILED, SYSTEM_ACTOR, null, null, note);
    repository.flush();
  }

  private Optional<EvidenceItem> lockedPending(String evidenceId) {
    Optional<EvidenceItem> found = repository.find(evidenceId);
    found.ifPresent(repository::lockForCustody);
    return found.filter(VideoAnalysisRecorder::pending);
  }

  private static boolean pending(EvidenceItem item) {
    return item.getAnalysisStatus() == AnalysisStatus.PENDING && item.getWrappedKey() != null;
  }

  private static String codec(VideoInfo info) {
    String name = info.codecName();
    return name == null || name.length() <= 50 ? name : name.substring(0, 50);
  }
}
