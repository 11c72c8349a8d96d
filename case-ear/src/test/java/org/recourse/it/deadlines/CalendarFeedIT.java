package org.recourse.it.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;

/** The personal iCalendar feed: a secret address a calendar app reads without logging in. */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void feedListsTheUsersDeadlinesWithoutClientNamesAndStopsWhenRevoked() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    JsonObject created =
        attorney2
            .post(
                "cases",
                """
                {"title": "Feed case", "harmTypes": ["DOXXING"],
                 "victim": {"pseudonym": "Feed client", "legalName": "Synthia Feedtest"}}
                """)
            .json();
    String due = LocalDate.now().plusDays(10).toString();
    attorney2.post(
        "cases/" + created.getJsonNumber("id") + "/deadlines",
        "{\"title\": \"Serve the respondent\", \"dueDate\": \"" + due + "\"}");

    String url = attorney2.post("calendar-feed", "").json().getString("url");
    Reply feed = ApiClient.getAbsolute(url);

    assertEquals(200, feed.status());
    assertTrue(feed.contentType().startsWith("text/calendar"), feed.contentType());
    assertTrue(feed.body().contains("BEGIN:VEVENT"));
    assertTrue(
        feed.body().contains(created.getString("number") + ": Serve the respondent"), feed.body());
    assertTrue(feed.body().contains("DTSTART;VALUE=DATE:" + due.replace("-", "")), feed.body());
    assertFalse(feed.body().contains("Synthia") || feed.body().contains("Feed client"));

    assertEquals(204, attorney2.delete("calendar-feed").status());
    assertEquals(404, ApiClient.getAbsolute(url).status());
    assertEquals(404, attorney2.get("calendar-feed").status());
  }

  @Test
  void feedExplanationsNeverCarryTheDateOfBirthOrTheEighteenthBirthday() {
    ApiClient attorney2 = ApiClient.as("attorney2");
    JsonObject created =
        attorney2
            .post(
                "cases",
                """
                {"title": "Feed minor", "harmTypes": ["DOXXING"],
                 "victim": {"pseudonym": "Feed minor", "dateOfBirth": "2010-05-15"},
                 "discoveryDate": "2024-02-10", "jurisdictions": ["US-IL"]}
                """)
            .json();
    String team = attorney2.get("cases/" + created.getJsonNumber("id") + "/deadlines").body();
    assertTrue(team.contains("turns 18 on 2028-05-15"), "the team reads it: " + team);

    String url = attorney2.post("calendar-feed", "").json().getString("url");
    // Long iCalendar lines are folded (RFC 5545 §3.1); unfold before reading.
    String feed = ApiClient.getAbsolute(url).body().replace("\r\n ", "").replace("\r\n\t", "");

    String number = created.getString("number");
    String event =
        feed.substring(feed.indexOf(number + ": Limitation period")).split("END:VEVENT")[0];
    assertTrue(event.contains("minority tolling applies"), event);
    assertTrue(event.contains("= 2030-05-15"), "the due date itself is there: " + event);
    for (String secret : List.of("2010-05-15", "2028-05-15", "born", "turns 18")) {
      assertFalse(feed.contains(secret), secret + " in the feed: " + event);
    }
    assertEquals(204, attorney2.delete("calendar-feed").status());
  }

  @Test
  void userCreatesAndRevokesTheFeedOnTheCalendarPage() {
    try (Browser browser = Browser.open()) {
      browser.openAs("deadlines/calendar.xhtml", "advocate");
      browser.click(By.id("calendar:issueFeed"));
      String url = browser.text(By.id("calendar:feedUrl"));
      assertTrue(url.matches("http://.*/recourse/feeds/[0-9a-f]{64}\\.ics"), url);
      assertEquals(200, ApiClient.getAbsolute(url).status());

      browser.click(By.id("calendar:revokeFeed"));
      browser.waitUntil(d -> d.findElements(By.id("calendar:feedUrl")).isEmpty());
      assertEquals(404, ApiClient.getAbsolute(url).status());
    }
  }
}
