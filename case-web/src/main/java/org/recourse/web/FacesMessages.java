package org.recourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.recourse.shared.InvalidInputException;

/**
 * Puts the domain's refusals on the page: a field's message beside the field (found by the
 * component id the page gives it), anything else at the top.
 */
public final class FacesMessages {

  private FacesMessages() {}

  public static void error(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
  }

  public static void info(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
  }

  /**
   * Shows each field error beside its input; {@code fieldToComponent} maps the domain's field path
   * (e.g. {@code victim.pseudonym}) to the component's client id (e.g. {@code intake:pseudonym}).
   */
  public static void fieldErrors(InvalidInputException e, Map<String, String> fieldToComponent) {
    FacesContext context = FacesContext.getCurrentInstance();
    e.fieldErrors()
        .forEach(
            (field, message) -> {
              String clientId = fieldToComponent.get(field);
              UIComponent component =
                  clientId == null ? null : context.getViewRoot().findComponent(":" + clientId);
              String label = field.substring(field.lastIndexOf('.') + 1);
              FacesMessage facesMessage =
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + message, null);
              context.addMessage(component == null ? null : clientId, facesMessage);
            });
    context.validationFailed();
  }
}
