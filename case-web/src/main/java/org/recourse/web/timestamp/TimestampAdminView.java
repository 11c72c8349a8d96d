package org.recourse.web.timestamp;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.anchor.AnchorService;
import org.recourse.anchor.AnchorVerification;
import org.recourse.anchor.AnchorView;
import org.recourse.shared.ProblemException;
import org.recourse.timestamp.TimestampAuthority.TsaStatus;
import org.recourse.web.FacesMessages;

/**
 * The administration page's trusted timestamps: which TSA stamps evidence (with a warning when
 * there is none, or when it is the development TSA), the latest anchors of the logs, "Anchor now"
 * and the check of every log against every anchor.
 */
@Named
@ViewScoped
public class TimestampAdminView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

  @EJB private AnchorService anchors;

  private TsaStatus status;
  private List<AnchorView> latest;
  private AnchorVerification verification;

  @PostConstruct
  void load() {
    status = anchors.tsaStatus();
    List<AnchorView> all = anchors.list();
    latest = all.size() > SHOWN ? List.copyOf(all.subList(0, SHOWN)) : all;
  }

  /** Anchors the logs now. */
  public void anchorNow() {
    try {
      AnchorView anchor = anchors.anchorNow();
      FacesMessages.info(
          "Anchor "
              + anchor.id()
              + (anchor.tsa() == null
                  ? ": the TSA could not be reached; it will be asked again"
                  : ": timestamped by " + anchor.tsa()));
    } catch (ProblemException e) {
      FacesMessages.error(e.getMessage());
    }
    load();
  }

  /** Checks every log against every anchor. */
  public void verify() {
    verification = anchors.verify();
    if (verification.intact()) {
      FacesMessages.info(
          "The logs reach every anchored head ("
              + verification.anchorsChecked()
              + " anchor(s), "
              + verification.custodyEntries()
              + " custody entries, "
              + verification.accessRows()
              + " access-log rows)");
    } else {
      FacesMessages.error("The logs do not match their anchors: see the problems listed");
    }
  }

  public TsaStatus getStatus() {
    return status;
  }

  public List<AnchorView> getLatest() {
    return latest;
  }

  public AnchorVerification getVerification() {
    return verification;
  }
}
