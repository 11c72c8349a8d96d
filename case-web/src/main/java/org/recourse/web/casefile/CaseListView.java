package org.recourse.web.casefile;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.recourse.casefile.CaseCommands.CaseQuery;
import org.recourse.casefile.CaseCommands.CaseSort;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.CaseViews.CaseSummary;
import org.recourse.casefile.CaseViews.Page;
import org.recourse.casefile.HarmType;
import org.recourse.shared.TooManyRequestsException;
import org.recourse.web.FacesMessages;

/**
 * The case list: lazy, one page at a time from the server, sorted and filtered there, so it stays
 * quick with a hundred thousand cases. One filter bar above the table filters it (the columns sort
 * but carry no filters of their own, which would compete with the bar).
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The ajax callback parameter that carries the report for the page just loaded: a page turn or a
   * sort redraws the rows alone, and {@code case-list.js} puts it in the paginator.
   */
  static final String REPORT_PARAM = "caseListReport";

  @EJB private CaseService cases;

  private String text;
  private CaseStatus status;
  private HarmType harmType;
  private String jurisdiction;
  private String teamMember;
  private Map<String, String> jurisdictions;
  private final CaseModel model = new CaseModel();

  @PostConstruct
  void init() {
    jurisdictions = cases.jurisdictionCatalogue();
  }

  public LazyDataModel<CaseSummary> getModel() {
    return model;
  }

  /**
   * The paginator's report: "1–20 of 37", or "1–20 of at least 1,001" where the list counted only
   * so far (a broad filter over many cases). Set anew for each page loaded: paging on to where the
   * count ends makes it exact.
   */
  public String getPageReport() {
    boolean exact = model.lastPage == null || model.lastPage.totalExact();
    return exact
        ? "{startRecord}–{endRecord} of {totalRecords}"
        : "{startRecord}–{endRecord} of at least {totalRecords}";
  }

  private CaseQuery query() {
    return new CaseQuery(text, status, harmType, jurisdiction, teamMember);
  }

  /** Loads pages of the list; the table calls it as the user pages, sorts and filters. */
  private final class CaseModel extends LazyDataModel<CaseSummary> {
    private static final long serialVersionUID = 1L;

    private transient Page<CaseSummary> lastPage;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return lastPage == null ? 0 : (int) lastPage.total();
    }

    @Override
    public List<CaseSummary> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      CaseSort sort = CaseSort.UPDATED;
      boolean ascending = false;
      for (SortMeta meta : sortBy.values()) {
        sort = CaseSort.valueOf(meta.getField().toUpperCase(Locale.ROOT));
        ascending = meta.getOrder() == SortOrder.ASCENDING;
      }
      try {
        lastPage = cases.search(query(), first, pageSize, sort, ascending);
      } catch (TooManyRequestsException e) {
        FacesMessages.error(e.getMessage());
        lastPage = new Page<>(List.of(), 0);
      }
      setRowCount((int) lastPage.total());
      PrimeFaces faces = PrimeFaces.current();
      if (faces.isAjaxRequest()) {
        faces.ajax().addCallbackParam(REPORT_PARAM, getPageReport());
      }
      return lastPage.items();
    }

    @Override
    public String getRowKey(CaseSummary row) {
      return String.valueOf(row.id());
    }

    @Override
    public CaseSummary getRowData(String rowKey) {
      return lastPage == null
          ? null
          : lastPage.items().stream()
              .filter(row -> String.valueOf(row.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  /** Applies the filter bar: the table starts again at its first page. */
  public void filter() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent(":cases:table");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  public CaseStatus[] getStatuses() {
    return CaseStatus.values();
  }

  public HarmType[] getHarmTypes() {
    return HarmType.values();
  }

  public Map<String, String> getJurisdictions() {
    return jurisdictions;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public void setStatus(CaseStatus status) {
    this.status = status;
  }

  public HarmType getHarmType() {
    return harmType;
  }

  public void setHarmType(HarmType harmType) {
    this.harmType = harmType;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public String getTeamMember() {
    return teamMember;
  }

  public void setTeamMember(String teamMember) {
    this.teamMember = teamMember;
  }
}
