package org.recourse.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.recourse.shared.InvalidInputException;

/**
 * Shows a refusal's messages beside the portal's fields in the client's words: the message alone,
 * without the field's code name the staff pages put in front of it.
 */
final class PortalFieldMessages {

  private PortalFieldMessages() {}

  static void show(InvalidInputException e, Map<String, String> fieldToComponent) {
    FacesContext context = FacesContext.getCurrentInstance();
    e.fieldErrors()
        .forEach(
            (field, message) ->
                context.addMessage(
                    fieldToComponent.get(field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
    context.validationFailed();
  }
}
