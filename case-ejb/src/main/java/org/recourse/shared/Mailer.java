package org.recourse.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Logger;

/**
 * Sends one plain-text mail from the application's address ({@code recourse.mail.from}). In
 * development ({@code recourse.mail.mode=log}, the default) the mail is written to the log instead
 * of sent. A plain CDI bean, not an EJB: a refused mail is an {@link IllegalStateException} the
 * caller decides about, and never marks the caller's transaction for rollback by itself.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @Resource(lookup = "java:jboss/mail/Default")
  private Session mail;

  /**
   * Sends the mail (or logs it in development).
   *
   * @throws IllegalStateException if the mail server refused it
   */
  public void send(String to, String subject, String body) {
    send(to, to, subject, body);
  }

  /**
   * Sends the mail as {@link #send} does, but a client's address never reaches the log: the log of
   * the development mode says only that a client was mailed.
   *
   * @throws IllegalStateException if the mail server refused it
   */
  public void sendWithheld(String to, String subject, String body) {
    send(to, "a client (address withheld)", subject, body);
  }

  private void send(String to, String toInLog, String subject, String body) {
    if ("log".equals(Settings.get("recourse.mail.mode", "RECOURSE_MAIL_MODE", "log"))) {
      LOG.info(() -> "Mail (mail mode 'log') to " + toInLog + ": " + subject);
      return;
    }
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setFrom(
          new InternetAddress(
              Settings.get("recourse.mail.from", "RECOURSE_MAIL_FROM", "recourse@localhost")));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("A reminder could not be mailed", e);
    }
  }
}
