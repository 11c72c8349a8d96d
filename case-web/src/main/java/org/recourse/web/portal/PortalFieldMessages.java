package org.recourse.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.recourse.portal.Language;
import org.recourse.shared.InvalidInputException;

/**
 * Shows a refusal's messages beside the portal's fields in the client's words and language: the
 * message alone, without the field's code name the staff pages put in front of it.
 */
final class PortalFieldMessages {

  private PortalFieldMessages() {}

  static void show(InvalidInputException e, Map<String, String> fieldToComponent) {
    FacesContext context = FacesContext.getCurrentInstance();
    Language language = PortalTexts.current();
    e.fieldErrors()
        .forEach(
            (field, message) ->
                context.addMessage(
                    fieldToComponent.get(field),
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        PortalTexts.translate(message, language, "errorCheckField"),
                        null)));
    context.validationFailed();
  }

  /** A refusal that belongs to no field, at the top of the page in the client's language. */
  static void showGlobal(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                PortalTexts.translate(message, PortalTexts.current(), "errorGeneric"),
                null));
  }

  /** A confirmation at the top of the page: a text of the bundle in the client's language. */
  static void confirm(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, PortalTexts.text(key), null));
  }
}
