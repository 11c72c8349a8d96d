package org.recourse.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/** Applies the {@link SessionPolicy} to the servlet context as the application starts. */
@WebListener
public class SessionSetup implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionSetup.class.getName());

  @Inject private SessionPolicy policy;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    ServletContext context = event.getServletContext();
    context.setSessionTimeout(policy.getIdleMinutes());
    context.getSessionCookieConfig().setSecure(policy.isSecureCookies());
    if (!policy.isSecureCookies()) {
      LOG.info(
          "Session cookies are not marked Secure; set RECOURSE_SECURE_COOKIES=true when users"
              + " reach Recourse over TLS");
    }
  }
}
