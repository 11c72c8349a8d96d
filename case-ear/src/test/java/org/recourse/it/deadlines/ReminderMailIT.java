package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/** Deadline reminders reach the case team by e-mail, once per lead time, naming no client. */
@ExtendWith(ArquillianExtension.class)
class ReminderMailIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void reminderIsMailedToTheTeamOnceAndNamesNoClient() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    attorney.get("me"); // Recourse learns the attorney's e-mail address from the token
    JsonObject created =
        attorney
            .post(
                "cases",
                """
                {"title": "Reminder case", "harmTypes": ["DOXXING"],
                 "victim": {"pseudonym": "Reminder client", "legalName": "Synthia Mailtest"}}
                """)
            .json();
    String number = created.getString("number");
    String due = LocalDate.now().plusDays(2).toString();
    assertEquals(
        201,
        attorney
            .post(
                "cases/" + created.getJsonNumber("id") + "/deadlines",
                "{\"title\": \"File the motion\", \"dueDate\": \""
                    + due
                    + "\", \"severity\": \"HIGH\"}")
            .status());

    ApiClient admin = ApiClient.as("admin");
    assertEquals(200, admin.post("reminders/run", "").status());
    assertEquals(200, admin.post("reminders/run", "").status());

    List<MimeMessage> forCase =
        Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
    assertEquals(1, forCase.size(), "one reminder, however often the job runs");
    MimeMessage reminder = forCase.get(0);
    assertEquals("attorney@recourse.example", reminder.getAllRecipients()[0].toString());
    String body = GreenMailUtil.getBody(reminder);
    assertTrue(subject(reminder).contains("File the motion"));
    assertTrue(body.contains(due), body);
    assertFalse(
        body.contains("Synthia") || body.contains("Reminder client"), "no client name in mail");
    assertEquals(403, attorney.post("reminders/run", "").status());
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
