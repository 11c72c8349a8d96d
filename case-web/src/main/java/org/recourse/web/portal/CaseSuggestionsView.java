package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.recourse.portal.PortalTeamService;
import org.recourse.portal.ReportDecisionService;
import org.recourse.portal.Suggestions.AcceptReport;
import org.recourse.portal.Suggestions.AcceptedView;
import org.recourse.portal.Suggestions.DismissReport;
import org.recourse.portal.Suggestions.SuggestionView;
import org.recourse.removal.ContentKind;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.ProblemException;
import org.recourse.web.FacesMessages;
import org.recourse.web.casefile.CaseView;
import org.recourse.web.removal.CaseRemovalsView;

/**
 * The client's reported web addresses on the case's Removals tab, each a suggestion the team
 * accepts (a draft removal request, with the content kind and legal basis chosen here) or dismisses
 * (with an optional reason the team keeps).
 */
@Named("caseSuggestions")
@ViewScoped
public class CaseSuggestionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "contentKind", "case:tabs:suggestionKind",
          "legalBasis", "case:tabs:suggestionBasis",
          "reason", "case:tabs:suggestionReason");

  @EJB private PortalTeamService portal;
  @EJB private ReportDecisionService decisions;
  @Inject private CaseView caseView;
  @Inject private CaseRemovalsView removals;

  private List<SuggestionView> open;
  private ContentKind contentKind = ContentKind.IMAGE;
  private LegalBasis legalBasis = LegalBasis.TAKE_IT_DOWN;
  private String reason;

  /** The suggestions not decided yet, newest first. */
  public List<SuggestionView> getOpen() {
    if (open == null && caseView.getId() != null) {
      open = portal.reports(caseView.getId()).stream().filter(SuggestionView::open).toList();
    }
    return open;
  }

  public void accept(long reportId) {
    try {
      AcceptedView accepted =
          decisions.accept(
              caseView.getId(), reportId, new AcceptReport(contentKind, legalBasis, null));
      FacesMessages.info(
          accepted.created()
              ? "Draft removal request #" + accepted.suggestion().removalId() + " was created."
              : "This case has removal request #"
                  + accepted.suggestion().removalId()
                  + " for this address already; the suggestion points to it.");
      open = null;
      removals.reloadList();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public void dismiss(long reportId) {
    try {
      decisions.dismiss(caseView.getId(), reportId, new DismissReport(reason));
      FacesMessages.info("The suggestion was dismissed.");
      reason = null;
      open = null;
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
  }

  public ContentKind getContentKind() {
    return contentKind;
  }

  public void setContentKind(ContentKind contentKind) {
    this.contentKind = contentKind;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(LegalBasis legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
