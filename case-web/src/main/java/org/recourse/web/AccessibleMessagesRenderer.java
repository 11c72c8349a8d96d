package org.recourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as they are, except that each message's list item keeps its list-item role:
 * PrimeFaces writes {@code role="alert"} on every {@code <li>}, which leaves its {@code <ul>} with
 * no list items (WCAG 2.1 1.3.1, axe-core's "list" rule). The messages are still announced: the
 * layout wraps them in a live region ({@code role="status"}) that ajax updates never replace, as
 * they replace the messages' own container.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity, boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutRole(writer), uiMessages, msg, severity, escape);
  }

  /** Passes everything through but a {@code role} attribute. */
  private static final class WithoutRole extends ResponseWriterWrapper {
    WithoutRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!"role".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
