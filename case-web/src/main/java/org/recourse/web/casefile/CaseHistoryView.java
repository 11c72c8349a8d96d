package org.recourse.web.casefile;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.history.CaseHistoryService;
import org.recourse.history.HistoryEntry;

/**
 * The history tab of the case page: what changed, when and by whom, newest first. Read once per
 * page and again on request, since the other tabs change the case without reloading the page.
 */
@Named("caseHistory")
@ViewScoped
public class CaseHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseHistoryService history;
  @Inject private CaseView caseView;

  private List<HistoryEntry> entries;

  public List<HistoryEntry> getEntries() {
    if (entries == null && caseView.getId() != null) {
      entries = history.forCase(caseView.getId());
    }
    return entries;
  }

  public void refresh() {
    entries = null;
  }
}
