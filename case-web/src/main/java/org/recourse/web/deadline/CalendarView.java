package org.recourse.web.deadline;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.recourse.deadline.CalendarFeedService;
import org.recourse.deadline.DeadlineService;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.web.http.FeedUrls;

/**
 * The calendar of the user's open deadlines across their cases, loaded month by month, filtered by
 * case number and by kind (from the law or entered by hand). Selecting one shows how it was
 * computed. Times are UTC.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Filter values for the kind of deadline. */
  public enum Kind {
    ALL,
    LAW,
    MANUAL
  }

  @EJB private DeadlineService deadlines;
  @EJB private CalendarFeedService feeds;

  private String caseNumber;
  private Kind kind = Kind.ALL;
  private final Map<String, DeadlineView> shown = new HashMap<>();
  private DeadlineView selected;

  private final ScheduleModel model =
      new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
          shown.clear();
          for (DeadlineView d :
              deadlines.mine(start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC))) {
            if (!matches(d)) {
              continue;
            }
            LocalDateTime at =
                d.dueAt() != null
                    ? LocalDateTime.ofInstant(d.dueAt(), ZoneOffset.UTC)
                    : d.dueDate().atStartOfDay();
            DefaultScheduleEvent<DeadlineView> event =
                DefaultScheduleEvent.<DeadlineView>builder()
                    .id(String.valueOf(d.id()))
                    .title(
                        d.caseNumber()
                            + ": "
                            + d.title()
                            + (d.provisional() ? " (provisional)" : ""))
                    .startDate(at)
                    .endDate(at)
                    .allDay(d.dueAt() == null)
                    .description(d.explanation())
                    .styleClass(
                        d.overdue()
                            ? "rc-event-overdue"
                            : d.verified() ? "" : "rc-event-unverified")
                    .data(d)
                    .build();
            addEvent(event);
            shown.put(event.getId(), d);
          }
        }
      };

  private boolean matches(DeadlineView d) {
    if (caseNumber != null
        && !caseNumber.isBlank()
        && !d.caseNumber().equalsIgnoreCase(caseNumber.strip())) {
      return false;
    }
    return switch (kind) {
      case ALL -> true;
      case LAW -> !d.manual();
      case MANUAL -> d.manual();
    };
  }

  public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
    selected = shown.get(event.getObject().getId());
  }

  /** The secret address of the user's feed, or null when none is issued. */
  public String getFeedUrl() {
    return feeds.current().map(CalendarView::feedUrl).orElse(null);
  }

  public void issueFeed() {
    feeds.issue();
  }

  public void revokeFeed() {
    feeds.revoke();
  }

  private static String feedUrl(String token) {
    return FeedUrls.of(
        (jakarta.servlet.http.HttpServletRequest)
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequest(),
        token);
  }

  public ScheduleModel getModel() {
    return model;
  }

  public DeadlineView getSelected() {
    return selected;
  }

  public Kind[] getKinds() {
    return Kind.values();
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumber = caseNumber;
  }

  public Kind getKind() {
    return kind;
  }

  public void setKind(Kind kind) {
    this.kind = kind;
  }
}
