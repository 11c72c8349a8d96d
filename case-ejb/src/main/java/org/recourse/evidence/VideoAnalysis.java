package org.recourse.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.evidence.video.UndecodableVideoException;
import org.recourse.evidence.video.VideoSource;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqHasher;

/**
 * Analyses a stored video after its intake has committed: its frames are sampled and hashed (vPDQ)
 * from the vault's decrypting channel, outside any transaction and on a thread of its own, so an
 * upload is answered at once and a long video holds no transaction open. The outcome is recorded in
 * one short transaction by {@link VideoAnalysisRecorder}: all the frames with the item marked
 * analysed, or only the reason it could not be.
 *
 * <p>Started by intake and, for items a stopped server left pending, at deployment; it acts for the
 * system, not for the uploader, so it is open to any caller inside the application and takes only
 * an item id.
 */
@Stateless
@PermitAll
public class VideoAnalysis {

  private static final Logger LOG = Logger.getLogger(VideoAnalysis.class.getName());

  @EJB private VideoAnalysisRecorder recorder;
  @Inject private EvidenceStorage storage;

  /** Queues the analysis of a pending video; returns at once. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void analyseLater(String evidenceId) {
    analyse(evidenceId);
  }

  /** Analyses a pending video in the caller's thread and records the outcome. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void analyse(String evidenceId) {
    Optional<VideoSource> source = recorder.pendingSource(evidenceId);
    if (source.isEmpty()) {
      return;
    }
    VideoHash hash;
    try {
      hash = new VpdqHasher(storage.videoSettings()).hash(source.get());
    } catch (UndecodableVideoException e) {
      recorder.recordFailure(evidenceId, VideoNotes.failed(e.getMessage()));
      return;
    } catch (RuntimeException | LinkageError e) {
      LOG.log(Level.WARNING, "Analysing video evidence " + evidenceId + " failed", e);
      recorder.recordFailure(evidenceId, VideoNotes.failed(null));
      return;
    }
    if (hash.frames().isEmpty()) {
      recorder.recordFailure(evidenceId, VideoNotes.failed("No frame could be hashed"));
      return;
    }
    try {
      recorder.recordAnalysis(evidenceId, hash);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Recording the analysis of video evidence " + evidenceId + " failed", e);
      recorder.recordFailure(evidenceId, VideoNotes.failed("its frame hashes could not be saved"));
    }
  }
}
