package org.recourse.web.portal;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak returns after "Leave quickly": signed out, so open to anyone, and it only sends
 * the browser on to the configured neutral site (never to an address taken from the request).
 */
@WebServlet(PortalLeftServlet.PATH)
public class PortalLeftServlet extends HttpServlet {

  static final String PATH = "/portal-left";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(PortalSettings.leaveUrl());
  }
}
