package org.recourse.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of the application: services take {@code @Inject Clock clock} and ask it for {@code
 * Instant.now(clock)} or {@code LocalDate.now(clock)}, so a rule's unit test can hand it a fixed
 * instant instead of waiting for one. Instants are kept in UTC; a person's own time zone is applied
 * where a date is shown or entered.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
