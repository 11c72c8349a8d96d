package org.recourse.deadline;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.recourse.casefile.CaseAccessService;
import org.recourse.shared.IdentityText;
import org.recourse.shared.NotFoundException;

/**
 * A personal iCalendar feed of the user's open deadlines for their own calendar app, at a secret
 * URL (a random 256-bit token) that they can revoke or replace. An event names the case number and
 * the deadline, never the client; explanations come without the victim's identity (people hand the
 * URL to outside calendar services).
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class CalendarFeedService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Resource private SessionContext session;

  /** Issues a new secret token for the caller; any earlier one stops working. */
  public String issue() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    revoke();
    em.createNativeQuery(
            "INSERT INTO calendar_feed (username, token, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, me())
        .setParameter(2, token)
        .setParameter(3, Instant.now(clock))
        .executeUpdate();
    return token;
  }

  public void revoke() {
    em.createNativeQuery("DELETE FROM calendar_feed WHERE username = ?1")
        .setParameter(1, me())
        .executeUpdate();
  }

  public Optional<String> current() {
    List<?> rows =
        em.createNativeQuery("SELECT token FROM calendar_feed WHERE username = ?1")
            .setParameter(1, me())
            .getResultList();
    return rows.stream().map(String.class::cast).findFirst();
  }

  /** The feed behind a token, as iCalendar text; an unknown token is not found. */
  @PermitAll
  public String render(String token) {
    List<?> owners =
        em.createNativeQuery("SELECT username FROM calendar_feed WHERE token = ?1")
            .setParameter(1, token)
            .getResultList();
    if (owners.isEmpty()) {
      throw new NotFoundException("No such calendar feed");
    }
    String username = (String) owners.get(0);
    LocalDate today = LocalDate.now(clock);
    List<CaseDeadline> deadlines =
        em.createQuery(
                "SELECT d FROM CaseDeadline d JOIN FETCH d.caseFile WHERE d.status = :open AND "
                    + CaseAccessService.onTeam("d.caseFile", "user")
                    + " AND (d.dueDate >= :from OR d.dueAt >= :fromAt)",
                CaseDeadline.class)
            .setParameter("open", DeadlineStatus.OPEN)
            .setParameter("user", username)
            .setParameter("from", today.minusDays(30))
            .setParameter("fromAt", today.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant())
            .getResultList();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Recourse//Deadlines//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (CaseDeadline d : deadlines) {
      String summary = eventTitle(d.getCaseFile().getNumber(), d.getTitle(), d.isProvisional());
      VEvent event =
          d.getDueAt() != null
              ? new VEvent(d.getDueAt().atZone(ZoneOffset.UTC), summary)
              : new VEvent(d.getDueDate(), summary);
      event.add(new Uid("deadline-" + d.getId() + "@recourse"));
      event.add(
          new Description(
              (d.getCitation() == null ? "" : d.getCitation() + ". ")
                  + d.sourceNote()
                  + IdentityText.withheld(d.getExplanation())));
      calendar.add(event);
    }
    return calendar.toString();
  }

  /**
   * The title of a deadline's event: the case number and the deadline, with "(provisional)" when
   * only a summary states the rule behind the date, as the calendar page shows it, so a subscriber
   * sees it without opening the event.
   */
  static String eventTitle(String caseNumber, String title, boolean provisional) {
    return caseNumber + ": " + title + (provisional ? " (provisional)" : "");
  }

  private String me() {
    return session.getCallerPrincipal().getName();
  }
}
