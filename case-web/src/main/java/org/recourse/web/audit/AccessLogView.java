package org.recourse.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.recourse.audit.AccessAction;
import org.recourse.audit.AccessLogService;
import org.recourse.audit.AccessLogViews.AccessQuery;
import org.recourse.audit.AccessLogViews.EntryPage;
import org.recourse.audit.AccessLogViews.EntryView;
import org.recourse.audit.AccessLogViews.Verification;
import org.recourse.audit.AccessQueries;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.FacesMessages;

/**
 * The administrators' access-log page: filters, the rows a page at a time from the server, a CSV
 * link carrying the filters in force, and a verification of the whole chain. The filters are read
 * by the same rules as the API's, so a value refused is named beside its field.
 */
@Named
@ViewScoped
public class AccessLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> FIELDS =
      Map.of(
          "user", "log:user",
          "caseId", "log:caseId",
          "action", "log:action",
          "from", "log:from",
          "to", "log:to");

  @EJB private AccessLogService log;

  private String user;
  private String caseId;
  private AccessAction action;
  private LocalDate from;
  private LocalDate to;
  private AccessQuery applied = AccessQuery.ALL;
  private Verification verification;
  private final EntryModel model = new EntryModel();

  /** Applies the filters typed; the previous ones stay if any is refused. */
  public void filter() {
    try {
      applied =
          AccessQueries.parse(
              user,
              caseId,
              action == null ? null : action.name(),
              from == null ? null : from.toString(),
              to == null ? null : to.toString());
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    }
  }

  public void verify() {
    verification = log.verify();
  }

  /** Rows a page at a time, newest first. */
  private final class EntryModel extends LazyDataModel<EntryView> {
    private static final long serialVersionUID = 1L;

    private transient EntryPage lastPage;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return lastPage == null ? 0 : (int) lastPage.total();
    }

    @Override
    public List<EntryView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      lastPage = log.search(applied, first / pageSize, pageSize);
      setRowCount((int) lastPage.total());
      return lastPage.items();
    }

    @Override
    public String getRowKey(EntryView row) {
      return String.valueOf(row.id());
    }

    @Override
    public EntryView getRowData(String rowKey) {
      return lastPage == null
          ? null
          : lastPage.items().stream()
              .filter(row -> String.valueOf(row.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  public LazyDataModel<EntryView> getModel() {
    return model;
  }

  /** The filters in force, as the CSV link's query parameters. */
  public AccessQuery getApplied() {
    return applied;
  }

  public String getAppliedFrom() {
    return applied.from() == null ? null : applied.from().toString();
  }

  public String getAppliedTo() {
    return applied.to() == null ? null : applied.to().toString();
  }

  public Verification getVerification() {
    return verification;
  }

  public AccessAction[] getActions() {
    return AccessAction.values();
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getCaseId() {
    return caseId;
  }

  public void setCaseId(String caseId) {
    this.caseId = caseId;
  }

  public AccessAction getAction() {
    return action;
  }

  public void setAction(AccessAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
