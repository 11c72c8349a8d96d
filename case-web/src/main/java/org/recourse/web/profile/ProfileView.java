package org.recourse.web.profile;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.recourse.shared.InvalidInputException;
import org.recourse.users.UserDirectory;
import org.recourse.web.FacesMessages;
import org.recourse.web.http.CurrentUser;

/** The person's own settings: the time zone pages show times in. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private UserDirectory directory;
  @Inject private CurrentUser currentUser;

  private String timeZone;

  @PostConstruct
  void load() {
    timeZone = directory.timeZoneOf(currentUser.getUsername()).map(ZoneId::getId).orElse("UTC");
  }

  /** Saves the zone; every page shows times in it from the next one on. */
  public void save() {
    try {
      String saved = directory.setTimeZone(currentUser.getUsername(), timeZone).getId();
      timeZone = saved;
      FacesMessages.info("Saved: times are shown in " + saved);
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, Map.of("timeZone", "profile:timeZone"));
    }
  }

  public List<String> getTimeZones() {
    return UserDirectory.timeZones();
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
