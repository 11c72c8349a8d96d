package org.recourse.web.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.recourse.system.SystemService;
import org.recourse.system.SystemStatus;

/** Backs the administration page: the state of this installation. */
@Named
@RequestScoped
public class SystemView {

  @EJB private SystemService systemService;

  private SystemStatus status;

  public SystemStatus getStatus() {
    if (status == null) {
      status = systemService.status();
    }
    return status;
  }
}
