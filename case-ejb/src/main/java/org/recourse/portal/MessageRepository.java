package org.recourse.portal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.recourse.casefile.CaseAccessService;
import org.recourse.portal.SecureMessages.UnreadCase;

/** The queries of secure messages: a case's conversations, their messages, unread counts. */
@Dependent
public class MessageRepository {

  @PersistenceContext private EntityManager em;

  /** The case's conversations, the latest activity first. */
  public List<PortalThread> threads(long caseId) {
    return em.createQuery(
            "SELECT t FROM PortalThread t WHERE t.caseFile.id = :c"
                + " ORDER BY t.lastMessageAt DESC, t.id DESC",
            PortalThread.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /** A conversation of the case; another case's is none. */
  public Optional<PortalThread> thread(long caseId, long threadId) {
    return Optional.ofNullable(em.find(PortalThread.class, threadId))
        .filter(t -> t.getCaseFile().getId() == caseId);
  }

  /** The messages of the case's conversations, oldest first. */
  public List<PortalMessage> messages(long caseId) {
    return em.createQuery(
            "SELECT DISTINCT m FROM PortalMessage m LEFT JOIN FETCH m.evidenceIds"
                + " WHERE m.thread.caseFile.id = :c"
                + " ORDER BY m.sentAt, m.id",
            PortalMessage.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  /**
   * The user's teams' cases with messages from the client that no one of the team has read yet, and
   * how many. Only the team reads a client's messages, so an administrator's list is of the teams
   * they are on too.
   */
  public List<UnreadCase> unreadByTeam(String username) {
    var query =
        em.createQuery(
            "SELECT th.caseFile.id, th.caseFile.number, COUNT(m)"
                + " FROM PortalMessage m JOIN m.thread th"
                + " WHERE m.fromClient = true"
                + " AND (th.teamReadAt IS NULL OR m.sentAt > th.teamReadAt)"
                + " AND "
                + CaseAccessService.onTeam("th.caseFile", "me")
                + " GROUP BY th.caseFile.id, th.caseFile.number ORDER BY th.caseFile.number",
            Object[].class);
    query.setParameter("me", username);
    return query.getResultList().stream()
        .map(row -> new UnreadCase((Long) row[0], (String) row[1], (Long) row[2]))
        .toList();
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }
}
