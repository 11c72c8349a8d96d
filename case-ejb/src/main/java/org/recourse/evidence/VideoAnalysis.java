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

  /**
   * Analyses a pending video in the caller's thread and records the outcome. Whatever goes wrong,
   * an outcome is recorded: an item left pending would be re-queued at every start and fail again,
   * and never say why. An {@link OutOfMemoryError} is recorded and not rethrown (the frames held
   * are garbage once this returns); another {@link Error} is rethrown after it is recorded.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void analyse(String evidenceId) {
    Optional<VideoSource> source = recorder.pendingSource(evidenceId);
    if (source.isEmpty()) {
      return;
    }
    String failure;
    try {
      failure = hashAndRecord(evidenceId, source.get());
    } catch (OutOfMemoryError e) {
      LOG.log(Level.WARNING, "Analysing video evidence " + evidenceId + " ran out of memory", e);
      recorder.recordFailure(evidenceId, VideoNotes.failed("the server had too little memory"));
      return;
    } catch (RuntimeException | Error e) {
      LOG.log(Level.WARNING, "Analysing video evidence " + evidenceId + " failed", e);
      recorder.recordFailure(evidenceId, VideoNotes.failed(null));
      if (e instanceof Error error && !(error instanceof LinkageError)) {
        throw error;
      }
      return;
    }
    if (failure != null) {
      recorder.recordFailure(evidenceId, failure);
    }
  }

  /** Hashes the video and records its frames; the note to record instead, if that failed. */
  private String hashAndRecord(String evidenceId, VideoSource source) {
    VideoHash hash;
    try {
      hash = new VpdqHasher(storage.videoSettings()).hash(source);
    } catch (UndecodableVideoException e) {
      return VideoNotes.failed(e.getMessage());
    }
    if (hash.frames().isEmpty()) {
      return VideoNotes.failed("No frame could be hashed");
    }
    try {
      recorder.recordAnalysis(evidenceId, hash);
      return null;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Recording the analysis of video evidence " + evidenceId + " failed", e);
      return VideoNotes.failed("its frame hashes could not be saved");
    }
  }
}
