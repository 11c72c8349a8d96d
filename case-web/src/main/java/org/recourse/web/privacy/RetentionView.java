package org.recourse.web.privacy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.recourse.privacy.PrivacyViews.DueCase;
import org.recourse.privacy.PrivacyViews.PurgeResult;
import org.recourse.privacy.PrivacyViews.RetentionSettings;
import org.recourse.privacy.PurgeRefusedException;
import org.recourse.privacy.RetentionPolicy;
import org.recourse.privacy.RetentionService;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.web.FacesMessages;

/**
 * The administrators' retention page: the organisation's retention period for closed cases, the
 * closed cases whose retention has ended, and their purge, which needs the case number typed again
 * in a dialog (a wrong number is named beside the field and nothing happens).
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RetentionService retention;

  /** Read again after the view is restored from a serialized session. */
  private transient List<DueCase> due;

  private Integer months;
  private Long selectedId;
  private String selectedNumber;
  private String confirmation;

  @PostConstruct
  void init() {
    RetentionSettings settings = retention.settings();
    months = settings.closedCaseMonths();
  }

  public List<DueCase> getDue() {
    if (due == null) {
      due = retention.due();
    }
    return due;
  }

  public void save() {
    try {
      RetentionSettings saved = retention.changeSettings(months);
      months = saved.closedCaseMonths();
      due = null;
      FacesMessages.info("Closed cases are now kept for " + months + " months after closing.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, Map.of("closedCaseMonths", "retention:months"));
    }
  }

  /** Opens the confirmation for one due case. */
  public void select(DueCase dueCase) {
    selectedId = dueCase.id();
    selectedNumber = dueCase.number();
    confirmation = null;
  }

  public void purge() {
    if (selectedId == null) {
      FacesMessages.error("Choose a case to purge first.");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      PurgeResult result = retention.purge(selectedId, confirmation, address());
      FacesMessages.info(
          "Case "
              + result.number()
              + " was purged: "
              + result.evidenceShredded()
              + " evidence items destroyed, identities erased.");
      selectedId = null;
      selectedNumber = null;
      confirmation = null;
      due = null;
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, Map.of("confirmCaseNumber", "purgeForm:confirmCaseNumber"));
    } catch (PurgeRefusedException | NotFoundException e) {
      FacesMessages.error(e.getMessage());
      due = null;
    }
  }

  private static String address() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public int getMaxMonths() {
    return RetentionPolicy.MAX_MONTHS;
  }

  public Integer getMonths() {
    return months;
  }

  public void setMonths(Integer months) {
    this.months = months;
  }

  public String getSelectedNumber() {
    return selectedNumber;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
