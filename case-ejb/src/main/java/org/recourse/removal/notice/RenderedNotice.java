package org.recourse.removal.notice;

import java.util.Objects;

/**
 * A filled notice: its subject, empty when the template has none, and its plain text, which is
 * neither HTML nor escaped.
 */
public record RenderedNotice(String subject, String text) {

  public RenderedNotice {
    subject = subject == null ? "" : subject;
    Objects.requireNonNull(text, "text");
  }
}
