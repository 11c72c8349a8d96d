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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.EvidenceLookup.Held;
import org.recourse.evidence.EvidenceViews.Content;
import org.recourse.evidence.EvidenceViews.CustodyView;
import org.recourse.evidence.EvidenceViews.EvidenceList;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.FrameView;
import org.recourse.evidence.EvidenceViews.Preview;
import org.recourse.evidence.EvidenceViews.Verification;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.evidence.vpdq.VpdqTextFormat;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;
import org.recourse.timestamp.ItemTimestamps;
import org.recourse.timestamp.ItemTimestamps.TimestampCheck;
import org.recourse.timestamp.TimestampView;

/**
 * Reading the evidence vault behind one access rule: evidence belongs to a case and is seen by
 * those who see the case; an item of a case out of reach is "not found". Attorneys and advocates of
 * the team may reveal previews and download; everyone else who sees the case (caseworkers,
 * administrators) gets metadata and blurred previews only. Every reveal, download and verification
 * is appended to the item's chain of custody; reveals and downloads are recorded in the access log
 * too, as are refusals. Adding evidence is {@link EvidenceIntake}, exporting it {@code
 * evidence.export.EvidenceExports}, finding look-alikes {@link EvidenceMatching}.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class EvidenceService {

  /** The side of preview images, in pixels. */
  public static final int PREVIEW_SIDE = 480;

  /** How many frames a video's strip shows. */
  public static final int STRIP_FRAMES = 6;

  /** The longer side of each frame in a video's strip, in pixels. */
  static final int STRIP_TILE_SIDE = 160;

  private static final Logger LOG = Logger.getLogger(EvidenceService.class.getName());

  @Resource private SessionContext session;
  @EJB private CaseService cases;
  @Inject private EvidenceStorage storage;
  @Inject private EvidenceRepository repository;
  @Inject private EvidenceLookup lookup;
  @Inject private CustodyRecorder custodyLog;
  @Inject private Clock clock;
  @EJB private ItemTimestamps timestamps;

  // ---- reading ----

  /** The evidence of a case, newest first. */
  public EvidenceList list(long caseId) {
    CaseAccess access = cases.access(caseId);
    List<EvidenceItem> items = repository.ofCaseNewestFirst(caseId);
    Map<String, Integer> frameCounts =
        repository.frameCounts(
            items.stream()
                .filter(item -> item.getAnalysisStatus() == AnalysisStatus.DONE)
                .map(EvidenceItem::getId)
                .toList());
    Map<String, TimestampView> stamps =
        timestamps.views(items.stream().map(EvidenceItem::getId).toList());
    List<EvidenceView> views =
        items.stream()
            .map(
                item ->
                    EvidenceLookup.view(
                        item,
                        access,
                        frameCount(item, frameCounts),
                        stamps.getOrDefault(item.getId(), TimestampView.none())))
            .toList();
    return new EvidenceList(views, access.canAddEvidence(), access.canHandleEvidence());
  }

  /** One item's metadata. */
  public EvidenceView get(String evidenceId) {
    Held held = lookup.held(evidenceId);
    EvidenceItem item = held.item();
    Map<String, Integer> frameCounts =
        item.getAnalysisStatus() == AnalysisStatus.DONE
            ? repository.frameCounts(List.of(item.getId()))
            : Map.of();
    return EvidenceLookup.view(
        item, held.access(), frameCount(item, frameCounts), timestamps.view(item.getId()));
  }

  /**
   * The item's RFC 3161 timestamp reply (DER, {@code application/timestamp-reply}), for whoever
   * sees the item: it holds only the item's SHA-256, the time and the TSA's signature. An item
   * without a stored token yet is 409.
   */
  public byte[] timestampReply(String evidenceId) {
    EvidenceItem item = lookup.held(evidenceId).item();
    return timestamps
        .reply(item.getId())
        .orElseThrow(() -> new TimestampMissingException(timestamps.view(item.getId()).label()));
  }

  private static Integer frameCount(EvidenceItem item, Map<String, Integer> counts) {
    if (item.getAnalysisStatus() != AnalysisStatus.DONE) {
      return null;
    }
    return counts.getOrDefault(item.getId(), 0);
  }

  /**
   * The vPDQ features of a video's sampled frames, in frame order; seen by whoever sees the item's
   * metadata. A video still being analysed, or one that could not be, has none yet (409).
   */
  public List<FrameView> frames(String evidenceId) {
    return analysedFrames(evidenceId).stream()
        .map(
            f ->
                new FrameView(
                    f.getFrameNumber(), f.getTimestampSeconds(), f.getQuality(), f.getPdq()))
        .toList();
  }

  /**
   * The same features in the vPDQ reference's text format ({@code
   * frameNumber,quality,hash,timestamp} per line), which Meta's tools read.
   */
  public String framesText(String evidenceId) {
    return VpdqTextFormat.format(
        analysedFrames(evidenceId).stream().map(EvidenceFrame::toFrame).toList());
  }

  private List<EvidenceFrame> analysedFrames(String evidenceId) {
    EvidenceItem item = lookup.held(evidenceId).item();
    if (!FileTypes.isVideo(item.getMediaType())) {
      throw new VideoNotAnalysedException("This item is not a video; it has no frames");
    }
    if (item.getWrappedKey() == null) {
      throw new VideoNotAnalysedException("The content of this item was destroyed");
    }
    if (item.getAnalysisStatus() == AnalysisStatus.PENDING) {
      throw new VideoNotAnalysedException(
          "The video is still being analysed; its frames are listed once that has finished");
    }
    if (item.getAnalysisStatus() != AnalysisStatus.DONE) {
      throw new VideoNotAnalysedException(
          item.getAnalysisNote() == null
              ? "The video could not be analysed; it has no frame hashes"
              : item.getAnalysisNote());
    }
    return repository.framesOf(evidenceId);
  }

  /** The item's chain of custody, oldest first. */
  public List<CustodyView> custody(String evidenceId) {
    lookup.held(evidenceId); // the access check: another team's item is not found
    return repository.custodyOf(evidenceId).stream()
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
    return preview(evidenceId, PreviewKind.POSTER, reveal, address, reason);
  }

  /**
   * A preview of an item: an image's thumbnail, or a video's poster frame or strip of frames, made
   * from the stored file on demand (a video is decrypted as it is read and seeked, never written
   * out). Blurred for anyone who sees the case; sharp ("revealed") only for attorneys and advocates
   * of the team, and then logged in the chain of custody and the access log.
   */
  public Preview preview(
      String evidenceId, PreviewKind kind, boolean reveal, String address, String reason) {
    Held held = lookup.held(evidenceId);
    EvidenceItem item = held.item();
    CaseAccess access = held.access();
    if (!EvidenceLookup.previewable(item)) {
      throw new NotFoundException("This item has no preview");
    }
    if (reveal && !access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may reveal evidence");
    }
    boolean video = FileTypes.isVideo(item.getMediaType());
    if (kind == PreviewKind.STRIP && !video) {
      throw new NotFoundException("Only a video has a strip of frames");
    }
    if (video) {
      byte[] jpeg = Previews.ofItem(storage, item, kind, reveal);
      if (reveal) {
        repository.lockFresh(item);
        custodyLog.append(
            item,
            CustodyAction.PREVIEW_REVEALED,
            me(),
            address,
            reason,
            kind == PreviewKind.STRIP ? "Strip of " + STRIP_FRAMES + " frames" : "Poster frame");
      }
      return new Preview(jpeg, !reveal);
    }
    byte[] jpeg = Previews.ofItem(storage, item, kind, reveal);
    if (reveal) {
      repository.lockFresh(item);
      custodyLog.append(item, CustodyAction.PREVIEW_REVEALED, me(), address, reason, null);
    }
    return new Preview(jpeg, !reveal);
  }

  /** The file itself, for attorneys and advocates of the team; the download is logged first. */
  public Content download(String evidenceId, String address, String reason) {
    Held held = lookup.held(evidenceId);
    EvidenceItem item = held.item();
    CaseAccess access = held.access();
    if (!access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may download evidence");
    }
    if (item.getWrappedKey() == null) {
      throw new NotFoundException("The content of this item was destroyed");
    }
    custodyLog.appendFresh(item, CustodyAction.DOWNLOADED, me(), address, reason, null);
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
   * and against the head kept on the item, checks the item's timestamp token (signature, trusted
   * TSA, and that it covers the recorded SHA-256), and records the result as a custody entry.
   */
  public Verification verify(String evidenceId, String address) {
    EvidenceItem item = lookup.held(evidenceId).item();
    repository.lockFresh(item);
    List<String> problems = new ArrayList<>();
    boolean fileIntact = checkFile(item, problems);
    boolean chainIntact = checkChain(item, problems);
    TimestampCheck stamp = timestamps.check(item.getId(), item.getSha256());
    if (!stamp.intact()) {
      problems.add(stamp.detail());
    }
    boolean intact = fileIntact && chainIntact && stamp.intact();
    String detail =
        intact
            ? "SHA-256 matches " + item.getSha256() + "; custody log intact; " + stamp.detail()
            : String.join("; ", problems);
    Instant at = clock.instant();
    custodyLog.append(
        item,
        intact ? CustodyAction.VERIFIED : CustodyAction.VERIFICATION_FAILED,
        me(),
        address,
        null,
        detail);
    if (!intact) {
      LOG.warning(() -> "Integrity check failed for evidence " + evidenceId + ": " + detail);
    }
    return new Verification(
        evidenceId, intact, fileIntact, chainIntact, stamp.intact(), detail, at);
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
    List<CustodyEvent> events = repository.custodyOf(item.getId());
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

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
