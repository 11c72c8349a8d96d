package org.recourse.web.evidence;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import org.recourse.evidence.AnalysisStatus;
import org.recourse.evidence.CaptureMethod;
import org.recourse.evidence.EvidenceMatching;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.EvidenceViews.CustodyView;
import org.recourse.evidence.EvidenceViews.EvidenceList;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.MatchView;
import org.recourse.evidence.EvidenceViews.Verification;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotPermittedException;
import org.recourse.web.FacesMessages;
import org.recourse.web.casefile.CaseView;
import org.recourse.web.http.FormToken;
import org.recourse.web.http.RecentLogin;

/**
 * The evidence tab of the case page. Previews are blurred until the user reveals one item (the
 * sharp thumbnail is then fetched, and the reveal logged, by {@link EvidenceFileServlet}); files
 * are uploaded and exported through that servlet too, so they never pass through JSF.
 */
@Named("caseEvidence")
@ViewScoped
public class CaseEvidenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The client id of the evidence table, whose rows are neither paged nor sorted. */
  private static final String TABLE = "case:tabs:evidenceTable";

  @EJB private EvidenceService evidence;
  @EJB private EvidenceMatching matching;
  @Inject private CaseView caseView;
  @Inject private RecentLogin recentLogin;

  private EvidenceList list;
  private final Set<String> revealed = new HashSet<>();
  private String custodyOf;
  private List<CustodyView> custody = List.of();
  private List<MatchView> matches = List.of();
  private String matchesOf;

  /** The case's evidence, loaded once per view and after each change. */
  public EvidenceList getList() {
    if (list == null) {
      refresh();
    }
    return list;
  }

  public List<EvidenceView> getItems() {
    return getList().items();
  }

  public void refresh() {
    list = evidence.list(caseView.getId());
  }

  public boolean isRevealed(String id) {
    return revealed.contains(id);
  }

  /** Shows the sharp thumbnail of one item; the servlet logs it when the browser fetches it. */
  public void reveal(String id) {
    EvidenceView item = find(id);
    if (item == null || !item.canReveal()) {
      FacesMessages.error("Only attorneys and advocates of the case team may reveal evidence");
      return;
    }
    if (!recentLogin.isRecent()) {
      signInAgain();
      return;
    }
    revealed.add(id);
  }

  /** The login is too old to reveal: Keycloak asks for the password, then the case page again. */
  private void signInAgain() {
    try {
      context()
          .redirect(
              context().getRequestContextPath()
                  + recentLogin.reauthenticationPath("/case/" + caseView.getId()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void hide(String id) {
    revealed.remove(id);
  }

  /** Opens an item's chain of custody. */
  public void showCustody(String id) {
    custodyOf = id;
    custody = evidence.custody(id);
    EvidenceView shown = find(id);
    if (shown != null && shown.custodyEvents() != custody.size()) {
      recount();
    }
  }

  /**
   * Reads the custody counts again after the browser fetched what adds a custody entry (a revealed
   * preview, a download: the servlet records them as it serves them, after the action that led to
   * them was answered), and updates the custody button of each row whose count changed. Only the
   * buttons: the table again would fetch revealed previews again, and record them again. The rows
   * stay those the browser shows (an item stored meanwhile by someone else appears at the next
   * change): the row buttons act on the item of their row by its position, which must not shift.
   */
  public void recount() {
    EvidenceList shown = getList();
    Map<String, EvidenceView> now = new HashMap<>();
    for (EvidenceView item : evidence.list(caseView.getId()).items()) {
      now.put(item.id(), item);
    }
    List<EvidenceView> rows = new ArrayList<>(shown.items().size());
    for (int row = 0; row < shown.items().size(); row++) {
      EvidenceView was = shown.items().get(row);
      EvidenceView is = now.getOrDefault(was.id(), was);
      rows.add(is);
      if (is.custodyEvents() != was.custodyEvents()) {
        PrimeFaces.current().ajax().update(TABLE + ":" + row + ":custody");
      }
    }
    list = new EvidenceList(rows, shown.canAdd(), shown.canHandle());
  }

  public void verify(String id) {
    try {
      Verification result = evidence.verify(id, remoteAddress());
      if (result.intact()) {
        FacesMessages.info("Verified: " + result.detail());
      } else {
        FacesMessages.error("Integrity check FAILED: " + result.detail());
      }
      refresh();
    } catch (NotPermittedException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  /** Lists look-alikes of an image or an analysed video in the user's cases. */
  public void findMatches(String id) {
    try {
      matchesOf = id;
      matches = matching.matchesOf(id, PdqHash.MATCH_THRESHOLD);
    } catch (InvalidInputException e) {
      matches = List.of();
      FacesMessages.error(e.fieldErrors().values().iterator().next());
    }
  }

  public String previewUrl(EvidenceView item) {
    return context().getRequestContextPath()
        + "/evidence-files/"
        + item.id()
        + "/preview"
        + (revealed.contains(item.id()) ? "?reveal=1" : "");
  }

  /** The URL of a video's strip of frames, blurred unless revealed. */
  public String stripUrl(EvidenceView item) {
    return context().getRequestContextPath()
        + "/evidence-files/"
        + item.id()
        + "/strip"
        + (revealed.contains(item.id()) ? "?reveal=1" : "");
  }

  /** The alternative text of an item's preview, saying what it is and whether it is blurred. */
  public String previewAlt(EvidenceView item) {
    String state = revealed.contains(item.id()) ? "Revealed" : "Blurred";
    return item.video() ? state + " poster frame of the video" : state + " preview";
  }

  /** The alternative text of a video's strip of frames. */
  public String stripAlt(EvidenceView item) {
    String state = revealed.contains(item.id()) ? "Revealed" : "Blurred";
    return state + " strip of " + EvidenceService.STRIP_FRAMES + " frames from the video";
  }

  /** Whether a video of the case is still being analysed (the table then refreshes itself). */
  public boolean isAnalysing() {
    return getItems().stream().anyMatch(item -> item.analysisStatus() == AnalysisStatus.PENDING);
  }

  /** Where a video's analysis stands, in words. */
  public String analysisLabel(EvidenceView item) {
    return VideoFacts.analysis(item);
  }

  /** A video's duration, frame rate, size, codec and frame hashes, in words. */
  public String videoFacts(EvidenceView item) {
    return VideoFacts.describe(item);
  }

  public String contentUrl(EvidenceView item) {
    return context().getRequestContextPath() + "/evidence-files/" + item.id() + "/content";
  }

  public String uploadUrl() {
    return context().getRequestContextPath() + "/evidence-files/cases/" + caseView.getId();
  }

  public String exportUrl() {
    return uploadUrl() + "/export";
  }

  public String getToken() {
    return FormToken.of((HttpSession) context().getSession(true));
  }

  public CaptureMethod[] getMethods() {
    return CaptureMethod.values();
  }

  public String getCustodyOf() {
    return custodyOf;
  }

  public List<CustodyView> getCustody() {
    return custody;
  }

  public List<MatchView> getMatches() {
    return matches;
  }

  public String getMatchesOf() {
    return matchesOf;
  }

  /** A look-alike in words: shares and stretches of a video, where a still is in a video. */
  public String describe(MatchView match) {
    return MatchWords.describe(match);
  }

  /** "1.2 MiB" */
  public String size(long bytes) {
    return org.recourse.evidence.Ingestor.describe(bytes);
  }

  private EvidenceView find(String id) {
    return getItems().stream().filter(item -> item.id().equals(id)).findFirst().orElse(null);
  }

  private static ExternalContext context() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static String remoteAddress() {
    return ((jakarta.servlet.http.HttpServletRequest) context().getRequest()).getRemoteAddr();
  }
}
