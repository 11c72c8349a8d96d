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
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.logging.Logger;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.image.ImageTooLargeException;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.evidence.video.UndecodableVideoException;
import org.recourse.evidence.vpdq.VpdqFrame;
import org.recourse.shared.InvalidInputException;

/**
 * Finding evidence that looks alike, stills and videos alike, in the cases the caller sees
 * (administrators see every case, everyone else the cases they are on the team of), best first:
 * images and video frames within a threshold of PDQ bits of a probe image, of a probe video's
 * frames, or of another item's; videos compared whole by vPDQ. The rules are {@link LookAlikes}'.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class EvidenceMatching {

  private static final Logger LOG = Logger.getLogger(EvidenceMatching.class.getName());

  /** The most look-alikes returned. */
  static final int LIMIT = 100;

  /** The largest image or video accepted as a probe (held in memory while it is hashed). */
  public static final long MAX_PROBE_BYTES = EvidenceStorage.ANALYSIS_MAX_BYTES;

  @Resource private SessionContext session;
  @EJB private PdqIndex index;
  @EJB private CaseAccessService access;
  @Inject private EvidenceStorage storage;
  @Inject private EvidenceRepository repository;
  @Inject private EvidenceLookup lookup;

  /**
   * Evidence that looks like the probe, an image or a video (told apart by content), in the cases
   * the caller sees, best first. The probe is hashed and not kept.
   */
  public List<MatchView> matches(InputStream probe, int threshold) throws IOException {
    LookAlikes lookAlikes = lookAlikes(checkedThreshold(threshold));
    byte[] bytes = probe.readNBytes((int) MAX_PROBE_BYTES + 1);
    if (bytes.length == 0) {
      throw new EvidenceRejectedException(Reason.EMPTY, "The file to match is empty.");
    }
    if (bytes.length > MAX_PROBE_BYTES) {
      throw new EvidenceRejectedException(
          Reason.TOO_LARGE,
          "Images and videos to match may be at most " + Ingestor.describe(MAX_PROBE_BYTES) + ".");
    }
    int prefix = Math.min(bytes.length, FileTypes.PREFIX_BYTES);
    boolean video =
        storage
            .types()
            .accepted(Arrays.copyOf(bytes, prefix), prefix)
            .filter(FileTypes::isVideo)
            .isPresent();
    if (video) {
      return resolve(lookAlikes.ofVideo(hashVideo(bytes), null));
    }
    return resolve(lookAlikes.ofStill(hashImage(bytes), null));
  }

  /** Evidence elsewhere that looks like this item, an image or an analysed video. */
  public List<MatchView> matchesOf(String evidenceId, int threshold) {
    LookAlikes lookAlikes = lookAlikes(checkedThreshold(threshold));
    EvidenceItem item = lookup.held(evidenceId).item();
    if (!FileTypes.isVideo(item.getMediaType()) && item.getPdq() != null) {
      return resolve(lookAlikes.ofStill(PdqHash.fromHex(item.getPdq()), evidenceId));
    }
    List<VpdqFrame> frames =
        FileTypes.isVideo(item.getMediaType()) ? storedFrames(evidenceId) : List.of();
    if (frames.isEmpty()) {
      throw new InvalidInputException(
          "evidenceId",
          "This item has no perceptual hash (it is not a decodable image or an analysed video)");
    }
    return resolve(lookAlikes.ofVideo(frames, evidenceId));
  }

  private LookAlikes lookAlikes(int threshold) {
    LongPredicate visible = visibleCases();
    return new LookAlikes(
        probe -> index.matches(probe, threshold, visible), this::storedFrames, threshold, LIMIT);
  }

  private List<VpdqFrame> storedFrames(String evidenceId) {
    return repository.framesOf(evidenceId).stream().map(EvidenceFrame::toFrame).toList();
  }

  private PdqHash hashImage(byte[] bytes) throws IOException {
    try {
      return storage.hashImage(bytes).pdq().hash();
    } catch (ImageTooLargeException e) {
      throw new EvidenceRejectedException(Reason.IMAGE_TOO_LARGE, e.getMessage());
    } catch (UnreadableImageException e) {
      throw new EvidenceRejectedException(
          Reason.UNSUPPORTED_TYPE,
          "Not an image or video this server can read ("
              + FileTypes.IMAGE_FORMATS
              + "; MP4, MOV, WebM, MKV): "
              + e.getMessage());
    }
  }

  private List<VpdqFrame> hashVideo(byte[] bytes) {
    try {
      return ProbeVideos.hash(bytes, storage.videoSettings()).frames();
    } catch (UndecodableVideoException e) {
      throw new EvidenceRejectedException(
          Reason.UNSUPPORTED_TYPE, "Not a video this server can decode: " + e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      // The decoder tripping over hostile data, or its native library failing: the caller's file
      // is refused, not answered with a server error. Logged by class and message, not the data.
      LOG.warning(
          () -> "Decoding a probe video failed: " + e.getClass().getName() + ": " + e.getMessage());
      throw new EvidenceRejectedException(
          Reason.UNSUPPORTED_TYPE, "Not a video this server can decode.");
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
    return PdqIndex.inCases(Set.copyOf(access.teamCaseIds()));
  }

  private List<MatchView> resolve(List<LookAlikes.Found> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, EvidenceItem> items = new HashMap<>();
    repository
        .withCases(found.stream().map(LookAlikes.Found::evidenceId).toList())
        .forEach(item -> items.put(item.getId(), item));
    List<MatchView> views = new ArrayList<>();
    for (LookAlikes.Found match : found) {
      EvidenceItem item = items.get(match.evidenceId());
      if (item != null) {
        views.add(
            new MatchView(
                match.evidenceId(),
                item.getCaseFile().getId(),
                item.getCaseFile().getNumber(),
                item.getFileName(),
                match.distance(),
                match.kind(),
                match.frameTimeSeconds(),
                match.queryTimeSeconds(),
                match.comparedPercent(),
                match.queryPercent(),
                match.segments()));
      }
    }
    return views;
  }
}
