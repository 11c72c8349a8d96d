package org.recourse.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;
import org.recourse.web.RecourseSettings;

/**
 * The content policy of the pages, for PrimeFaces' nonce mode ({@code primefaces.CSP_POLICY} in
 * web.xml reads {@link #getPages()} and appends the page's nonce), and that nonce for forms that
 * post without PrimeFaces' script (the portal's): PrimeFaces refuses a postback whose {@code
 * primefaces.nonce} parameter is not the nonce of its view.
 */
@Named
@ApplicationScoped
public class ContentPolicy {

  private final String pages = SecurityHeadersFilter.policy(RecourseSettings.oidcProviderUrl());

  /** The policy, ending in {@code script-src 'self'} for PrimeFaces to append the nonce to. */
  public String getPages() {
    return pages;
  }

  /** The nonce of the page being rendered. */
  public String getNonce() {
    return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
  }
}
