package org.recourse.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseSummary;
import org.recourse.deadline.DeadlineService;
import org.recourse.deadline.DeadlineViews.DeadlineView;

/** The dashboard: the user's own cases (newest activity first), overdue and coming deadlines. */
@Named
@RequestScoped
public class DashboardView {

  private static final int SHOWN = 10;

  @EJB private CaseService cases;
  @EJB private DeadlineService deadlines;

  private List<CaseSummary> myCases;
  private List<DeadlineView> overdue;
  private List<DeadlineView> dueSoon;

  /** Open deadlines already past, across the user's cases. */
  public List<DeadlineView> getOverdue() {
    if (overdue == null) {
      overdue = deadlines.overdue();
    }
    return overdue;
  }

  /** Open deadlines due in the next 7 days, across the user's cases. */
  public List<DeadlineView> getDueSoon() {
    if (dueSoon == null) {
      Instant now = Instant.now();
      dueSoon =
          deadlines.mine(now, now.plus(7, ChronoUnit.DAYS)).stream()
              .filter(d -> !d.overdue())
              .toList();
    }
    return dueSoon;
  }

  public List<CaseSummary> getMyCases() {
    if (myCases == null) {
      myCases = cases.myCases(SHOWN);
    }
    return myCases;
  }
}
