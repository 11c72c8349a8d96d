package org.recourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  /** A message beside one input, by its client id, while the rest of the action went through. */
  public static void beside(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * Shows each field error once: beside its input when the page has a message for it (the message
   * alone, the field's label is right there), otherwise at the top, led by the field's name in
   * words ("Contact details: …"). {@code fieldToComponent} maps the domain's field path (e.g.
   * {@code victim.pseudonym}) to the component's client id (e.g. {@code intake:pseudonym}).
   */
  public static void fieldErrors(InvalidInputException e, Map<String, String> fieldToComponent) {
    FacesContext context = FacesContext.getCurrentInstance();
    Set<String> besideFields = messageTargets(context);
    e.fieldErrors()
        .forEach(
            (field, message) -> {
              String clientId = fieldToComponent.get(field);
              UIComponent component =
                  clientId == null ? null : context.getViewRoot().findComponent(":" + clientId);
              boolean beside = component != null && besideFields.contains(clientId);
              String text = beside ? message : words(field) + ": " + message;
              context.addMessage(
                  beside ? clientId : null,
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            });
    context.validationFailed();
  }

  /** The client ids of the inputs the page shows a message beside. */
  private static Set<String> messageTargets(FacesContext context) {
    Set<String> targets = new HashSet<>();
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context, null, Set.of(VisitHint.SKIP_UNRENDERED)),
            (visit, component) -> {
              if (component instanceof UIMessage message && message.getFor() != null) {
                UIComponent target = message.findComponent(message.getFor());
                if (target != null) {
                  targets.add(target.getClientId(context));
                }
              }
              return VisitResult.ACCEPT;
            });
    return targets;
  }

  /** A field's last name in words: {@code victim.contactDetails} reads "Contact details". */
  public static String words(String field) {
    String name = field.substring(field.lastIndexOf('.') + 1);
    String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return spaced.isEmpty()
        ? spaced
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
