package org.recourse.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show times: to the minute, in UTC, labelled as such (the API uses ISO-8601). */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public String instant(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
