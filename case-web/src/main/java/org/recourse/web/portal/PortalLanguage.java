package org.recourse.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.Locale;
import org.recourse.portal.Language;
import org.recourse.portal.PortalService;

/**
 * The language of the portal's pages: the one the client chose with the switch on every portal page
 * (kept with their portal account, or for the session when the team has not linked them to a case
 * yet), else the first of the browser's languages the portal speaks. The pages' texts come from the
 * bundle {@code PortalText} in that language.
 */
@Named
@RequestScoped
public class PortalLanguage {

  /** The session's choice of a client who has no portal account to keep it with. */
  static final String SESSION_CHOICE = PortalLanguage.class.getName() + ".choice";

  @EJB private PortalService portal;
  @Inject private HttpServletRequest request;

  private Language language;

  public Language getLanguage() {
    if (language == null) {
      HttpSession session = request.getSession(false);
      Object chosen = session == null ? null : session.getAttribute(SESSION_CHOICE);
      language =
          chosen instanceof Language sessionChoice
              ? sessionChoice
              : portal.language(Collections.list(request.getLocales()));
    }
    return language;
  }

  /** For {@code lang} attributes and the view's locale. */
  public String getCode() {
    return getLanguage().code();
  }

  public Locale getLocale() {
    return getLanguage().locale();
  }

  /** A date as people write it in the page's language: "12 March 2027", "12 de marzo de 2027". */
  public String date(LocalDate date) {
    return date == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(date);
  }

  /** The switch's action: remembers the language and shows the same page again in it. */
  public String choose(String code) {
    Language chosen = Language.ofCode(code).orElse(Language.ENGLISH);
    HttpSession session = request.getSession();
    if (portal.chooseLanguage(chosen)) {
      session.removeAttribute(SESSION_CHOICE);
    } else {
      session.setAttribute(SESSION_CHOICE, chosen);
    }
    language = chosen;
    return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
  }
}
