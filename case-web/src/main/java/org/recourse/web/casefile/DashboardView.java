package org.recourse.web.casefile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseSummary;
import org.recourse.deadline.DeadlineService;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.portal.PortalTeamMessageService;
import org.recourse.portal.SecureMessages.UnreadCase;
import org.recourse.removal.RemovalRequestService;
import org.recourse.removal.RemovalViews.ReuploadAlert;
import org.recourse.web.deadline.Clocks;

/**
 * The dashboard: the legal clocks first (overdue and coming, least time left first), then
 * follow-ups, removed content that came back online and the user's own cases (newest activity
 * first), and cases whose client wrote a message the team has not read.
 */
@Named
@RequestScoped
public class DashboardView {

  private static final int SHOWN = 10;

  @EJB private CaseService cases;
  @EJB private DeadlineService deadlines;
  @EJB private RemovalRequestService removals;
  @EJB private PortalTeamMessageService portalMessages;

  private List<CaseSummary> myCases;
  private List<DeadlineView> overdue;
  private List<DeadlineView> dueSoon;
  private List<ReuploadAlert> reuploads;
  private List<UnreadCase> unreadMessages;

  private List<DeadlineView> legalClocks;
  private List<DeadlineView> followUps;

  /**
   * The legal clocks (deadlines computed from the law) that are overdue or run out within 7 days,
   * across the user's cases, the one with least time left first.
   */
  public List<DeadlineView> getLegalClocks() {
    if (legalClocks == null) {
      legalClocks = upcoming().filter(Clocks::isLegal).toList();
    }
    return legalClocks;
  }

  /** The hand-entered deadlines (follow-ups) overdue or due within 7 days, soonest first. */
  public List<DeadlineView> getFollowUps() {
    if (followUps == null) {
      followUps = upcoming().filter(d -> !Clocks.isLegal(d)).toList();
    }
    return followUps;
  }

  private Stream<DeadlineView> upcoming() {
    return Stream.concat(getOverdue().stream(), getDueSoon().stream()).sorted(Clocks.SOONEST);
  }

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

  /**
   * Removed content the watcher found back online, in the user's cases, newest first. The page
   * shows the case and platform, not the URL: the dashboard is no place to open the material.
   */
  public List<ReuploadAlert> getReuploads() {
    if (reuploads == null) {
      reuploads = removals.reuploadAlerts();
    }
    return reuploads;
  }

  /** The user's cases with messages from the client no one of the team has read yet. */
  public List<UnreadCase> getUnreadMessages() {
    if (unreadMessages == null) {
      unreadMessages = portalMessages.unread();
    }
    return unreadMessages;
  }
}
