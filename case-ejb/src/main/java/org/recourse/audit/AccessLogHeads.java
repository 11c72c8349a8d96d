package org.recourse.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The access log's head and the stored hashes of chosen rows, for anchoring the log and checking
 * its anchors. Hashes and counts only, never the rows; open to callers inside the application (the
 * anchor timer acts for the system). Whether the chain as stored recomputes is {@link
 * AccessLogService#verify()}.
 */
@Stateless
@PermitAll
public class AccessLogHeads {

  @PersistenceContext private EntityManager em;

  /** The head: how many rows the log has and the last one's hash. */
  public record Head(long count, String hash) {}

  /** The head as it stands. */
  public Head head() {
    AccessLogHead head = em.find(AccessLogHead.class, AccessLogHead.ID);
    return head == null
        ? new Head(0, AccessChain.GENESIS)
        : new Head(head.getCount(), head.getHash());
  }

  /** The stored hashes of the rows with these sequence numbers; rows missing are absent. */
  public Map<Long, String> hashesAt(Collection<Long> sequences) {
    Map<Long, String> hashes = new HashMap<>();
    if (sequences.isEmpty()) {
      return hashes;
    }
    em.createQuery(
            "SELECT e.sequence, e.hash FROM AccessEntry e WHERE e.sequence IN :s", Object[].class)
        .setParameter("s", sequences)
        .getResultList()
        .forEach(row -> hashes.put((Long) row[0], (String) row[1]));
    return hashes;
  }
}
