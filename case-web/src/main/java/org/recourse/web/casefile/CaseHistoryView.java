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
 * The history tab of the case page: what was done, when and by whom, newest first, one row per
 * action with its field changes behind a toggle. Read once per page and again on request, since the
 * other tabs change the case without reloading the page.
 */
@Named("caseHistory")
@ViewScoped
public class CaseHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseHistoryService history;
  @Inject private CaseView caseView;

  private List<HistoryEntry> entries;
  private List<HistoryGroup> groups;
  private String readWith;

  /**
   * The history as this page may show it: the identity's values only once the person asked to see
   * the identity, the code word's only once they asked for it too.
   */
  public List<HistoryEntry> getEntries() {
    if (caseView.getId() == null) {
      return null;
    }
    String with = caseView.isIdentityShown() + "/" + caseView.isCodeWordShown();
    if (entries == null || !with.equals(readWith)) {
      readWith = with;
      groups = null;
      List<HistoryEntry> read = history.forCase(caseView.getId(), caseView.isIdentityShown());
      entries =
          caseView.isCodeWordShown()
              ? read
              : read.stream().map(CaseHistoryView::withoutCodeWord).toList();
    }
    return entries;
  }

  private static HistoryEntry withoutCodeWord(HistoryEntry entry) {
    if (!CODE_WORD.equals(entry.field())) {
      return entry;
    }
    return new HistoryEntry(
        entry.revision(),
        entry.at(),
        entry.username(),
        entry.entity(),
        entry.subject(),
        entry.change(),
        entry.field(),
        entry.oldValue() == null ? null : HIDDEN,
        entry.newValue() == null ? null : HIDDEN);
  }

  private static final String CODE_WORD = "codeWord";
  private static final String HIDDEN = "(hidden: show the code word on the Overview)";

  /** The history by action, newest first, each with its field changes behind a toggle. */
  public List<HistoryGroup> getGroups() {
    List<HistoryEntry> current = getEntries();
    if (groups == null && current != null) {
      groups = HistoryGroup.of(current);
    }
    return groups;
  }

  public void refresh() {
    entries = null;
    groups = null;
  }
}
