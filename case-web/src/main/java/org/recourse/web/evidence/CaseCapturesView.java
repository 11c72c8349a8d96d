package org.recourse.web.evidence;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.recourse.evidence.capture.CaptureService;
import org.recourse.evidence.capture.CaptureViews.CaptureJobView;
import org.recourse.evidence.capture.CaptureViews.NewCapture;
import org.recourse.evidence.capture.CaptureViews.TextPassages;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.ProblemException;
import org.recourse.web.FacesMessages;
import org.recourse.web.casefile.CaseView;
import org.recourse.web.http.RecentLogin;

/**
 * "Capture page" on the case page: from the Evidence tab with an address and a note, or from a
 * removal request with its address ("capture before you send"). The captures of the case are listed
 * with their progress, refreshed by a poll while one is still running; the items they make appear
 * in the evidence list, blurred like any image.
 */
@Named("caseCaptures")
@ViewScoped
public class CaseCapturesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of("url", "case:tabs:captureUrl", "note", "case:tabs:captureNote");

  @EJB private CaptureService captures;
  @Inject private CaseView caseView;
  @Inject private CaseEvidenceView caseEvidence;
  @Inject private RecentLogin recentLogin;

  private String url;
  private String note;
  private List<CaptureJobView> jobs;
  private String query;
  private List<TextPassages> passages;

  public List<CaptureJobView> getJobs() {
    if (jobs == null) {
      refresh();
    }
    return jobs;
  }

  public void refresh() {
    jobs = captures.ofCase(caseView.getId());
  }

  /** The poll while a capture runs: its progress, and the evidence list for the items it made. */
  public void poll() {
    refresh();
    caseEvidence.refresh();
  }

  /** Whether a capture of the case is still under way (the list then refreshes itself). */
  public boolean isRunning() {
    return getJobs().stream().anyMatch(job -> !job.finished());
  }

  /** Starts a capture of the address typed on the Evidence tab. */
  public void capture() {
    if (start(new NewCapture(url, note, null), FIELDS)) {
      url = null;
      note = null;
    }
  }

  /** Starts a capture of a removal request's address, linked to the request. */
  public void captureForRemoval(long removalId, String removalUrl) {
    start(new NewCapture(removalUrl, null, removalId), Map.of());
  }

  private boolean start(NewCapture command, Map<String, String> fields) {
    try {
      CaptureJobView job = captures.start(caseView.getId(), command);
      FacesMessages.info(
          "Capture #" + job.id() + " started; it appears in the evidence list when done");
      refresh();
      return true;
    } catch (InvalidInputException e) {
      if (fields.isEmpty()) {
        FacesMessages.error("Not captured: " + e.fieldErrors().values().iterator().next());
      } else {
        FacesMessages.fieldErrors(e, fields);
      }
    } catch (ProblemException e) {
      // Any refusal of the service (no right, gone, a purged or closed case) is said on the page.
      FacesMessages.error("Not captured: " + e.detail());
    }
    return false;
  }

  /**
   * Searches the visible text of the case's captured pages; the passages shown are recorded in each
   * matching item's custody log.
   */
  public void searchText() {
    if (!recentLogin.isRecent()) {
      // Passages of captured pages are evidence shown sharp: Keycloak asks for the password.
      try {
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .redirect(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + recentLogin.reauthenticationPath("/case/" + caseView.getId()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try {
      passages = captures.searchText(caseView.getId(), query, remoteAddress());
    } catch (InvalidInputException e) {
      passages = null;
      FacesMessages.fieldErrors(e, Map.of("q", "case:tabs:captureQuery"));
    } catch (ProblemException e) {
      passages = null;
      FacesMessages.error("Not searched: " + e.detail());
    }
  }

  /** The passages found by the last search; null before any. */
  public List<TextPassages> getPassages() {
    return passages;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  private static String remoteAddress() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  /** The status of a job in words, with its progress. */
  public String label(CaptureJobView job) {
    return switch (job.status()) {
      case QUEUED -> "Queued";
      case FETCHING -> "Fetching the page";
      case RENDERING -> "Rendering in the browser";
      case STORING -> "Storing";
      case DONE -> "Done";
      case FAILED -> "Failed";
    };
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
