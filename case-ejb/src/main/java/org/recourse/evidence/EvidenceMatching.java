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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.recourse.audit.RefusalRecorder;
import org.recourse.casefile.CaseAccessService;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.image.ImageTooLargeException;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.UnreadableImageException;
import org.recourse.shared.InvalidInputException;

/**
 * Finding evidence that looks alike: images within a threshold of PDQ bits of a probe image or of
 * another item, in the cases the caller sees (administrators see every case, everyone else the
 * cases they are on the team of), nearest first.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class EvidenceMatching {

  @Resource private SessionContext session;
  @EJB private PdqIndex index;
  @EJB private CaseAccessService access;
  @Inject private EvidenceStorage storage;
  @Inject private EvidenceRepository repository;
  @Inject private EvidenceLookup lookup;

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
    EvidenceItem item = lookup.held(evidenceId).item();
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
          "Not an image this server can read (" + FileTypes.IMAGE_FORMATS + "): " + e.getMessage());
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
    repository.withCases(byId.keySet()).forEach(item -> items.put(item.getId(), item));
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
}
