package org.recourse.web.system;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.recourse.system.SecurityPolicy;
import org.recourse.system.SecurityPolicyService;
import org.recourse.web.FacesMessages;

/** The administration page's security settings: how recent a login must be for evidence. */
@Named
@ViewScoped
public class SecurityPolicyView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SecurityPolicyService policies;

  private Integer reauthenticationMinutes;

  @PostConstruct
  void load() {
    reauthenticationMinutes = policies.current().reauthenticationSeconds() / 60;
  }

  /** Saves the policy; the page has already checked the range beside the field. */
  public void save() {
    policies.update(new SecurityPolicy(reauthenticationMinutes * 60));
    FacesMessages.info(
        "Saved: revealing, downloading and exporting evidence need a login from the last "
            + reauthenticationMinutes
            + " minutes");
  }

  public Integer getReauthenticationMinutes() {
    return reauthenticationMinutes;
  }

  public void setReauthenticationMinutes(Integer reauthenticationMinutes) {
    this.reauthenticationMinutes = reauthenticationMinutes;
  }
}
