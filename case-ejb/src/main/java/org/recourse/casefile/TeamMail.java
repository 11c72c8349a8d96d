package org.recourse.casefile;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.recourse.shared.IdentityText;
import org.recourse.shared.Mailer;
import org.recourse.users.UserDirectory;

/**
 * Mails every member of a case team: deadline reminders, removal alerts. The text must name the
 * case by number only, never the client; identity parts of it ({@link IdentityText}) are withheld,
 * since mail leaves for outside servers. A plain CDI bean running in the caller's transaction, so a
 * refused mail reaches the caller as the {@link Mailer}'s {@link IllegalStateException}.
 */
@ApplicationScoped
public class TeamMail {

  private static final Logger LOG = Logger.getLogger(TeamMail.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private UserDirectory users;
  @Inject private Mailer mailer;

  /**
   * Mails every member of the case team.
   *
   * @return how many members were mailed
   * @throws IllegalStateException if the mail server refused a mail
   */
  public int remindTeam(CaseFile caseFile, String subject, String body) {
    List<String> team =
        em.createQuery(
                "SELECT t.username FROM TeamMember t WHERE t.caseFile = :c ORDER BY t.username",
                String.class)
            .setParameter("c", caseFile)
            .getResultList();
    int recipients = 0;
    for (String username : team) {
      var address = users.emailOf(username);
      if (address.isEmpty()) {
        LOG.warning(() -> "No e-mail address known for " + username + "; reminder not mailed");
        continue;
      }
      // Mail leaves for outside servers: no identity part of any text goes with it.
      mailer.send(address.get(), IdentityText.withheld(subject), IdentityText.withheld(body));
      recipients++;
    }
    return recipients;
  }

  /**
   * Like {@link #remindTeam}, but a mail server failure is logged instead of undoing the caller's
   * work: for alerts whose record matters more than the mail (the dashboard shows them too).
   */
  public int notifyTeam(CaseFile caseFile, String subject, String body) {
    try {
      return remindTeam(caseFile, subject, body);
    } catch (IllegalStateException e) {
      LOG.warning(
          () -> "Could not mail the team of " + caseFile.getNumber() + ": " + e.getMessage());
      return 0;
    }
  }
}
