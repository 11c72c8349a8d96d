package org.recourse.web.cases;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseSummary;

/** The dashboard's panel of the user's own cases, newest activity first. */
@Named
@RequestScoped
public class DashboardView {

  private static final int SHOWN = 10;

  @EJB private CaseService cases;

  private List<CaseSummary> myCases;

  public List<CaseSummary> getMyCases() {
    if (myCases == null) {
      myCases = cases.myCases(SHOWN);
    }
    return myCases;
  }
}
