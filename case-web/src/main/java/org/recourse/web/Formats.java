package org.recourse.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recourse.users.UserDirectory;
import org.recourse.web.http.CurrentUser;

/**
 * How pages show times: to the minute, in the signed-in person's own time zone (a setting; UTC when
 * none is chosen), the zone named beside the time, and UTC on hover ({@link #utc}). The API keeps
 * ISO-8601 in UTC.
 */
@Named("fmt")
@RequestScoped
public class Formats {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);
  private static final DateTimeFormatter READABLE_DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  @Inject private CurrentUser currentUser;
  @EJB private UserDirectory directory;

  private ZoneId zone;

  public Formats() {
    // a bean; the zone is looked up once per request, when first needed
  }

  /** Times in a given zone (a test's, or a page outside any request: UTC). */
  Formats(ZoneId zone) {
    this.zone = zone;
  }

  /** The zone times are shown in: the person's choice, else UTC. */
  public ZoneId zone() {
    if (zone == null) {
      String username = currentUser == null ? null : currentUser.getUsername();
      zone =
          username == null || directory == null ? UTC : directory.timeZoneOf(username).orElse(UTC);
    }
    return zone;
  }

  /** The zone's name, e.g. "America/New_York". */
  public String getZoneId() {
    return zone().getId();
  }

  /** E.g. "2026-12-03 09:00 EST" (or "… UTC"). */
  public String instant(Instant instant) {
    return instant == null ? "" : MINUTES.withZone(zone()).format(instant);
  }

  /** The same instant in UTC, for the hover text beside a local time. */
  public String utc(Instant instant) {
    return instant == null ? "" : MINUTES.withZone(UTC).format(instant);
  }

  /** E.g. "Thu 3 Dec 2026, 9:00 AM EST": a clock's due time as a person reads it. */
  public String readable(Instant instant) {
    return instant == null ? "" : READABLE.withZone(zone()).format(instant);
  }

  /** E.g. "Thu 3 Dec 2026". */
  public String day(LocalDate date) {
    return date == null ? "" : READABLE_DAY.format(date);
  }
}
