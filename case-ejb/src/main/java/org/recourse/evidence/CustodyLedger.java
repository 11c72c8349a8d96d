package org.recourse.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All custody logs at once, for anchoring and for checking the anchors: each item's head (what the
 * item records) and each log as stored, walked by {@link CustodyChain}. Exposes hashes and counts
 * only, never the entries' contents; open to callers inside the application (the anchor timer acts
 * for the system).
 */
@Stateless
@PermitAll
public class CustodyLedger {

  @PersistenceContext private EntityManager em;

  /** An item's custody head as the item records it. */
  public record Head(String evidenceId, int count, String hash) {}

  /**
   * One item's log as stored.
   *
   * @param hashes each entry's stored hash, in sequence order (entry n at index n - 1)
   * @param firstBreak where the log no longer recomputes, if anywhere
   * @param purged whether the item was purged, which erases the earlier entries' reasons on purpose
   *     (their hashes then no longer recompute, and the DELETED entry says so)
   */
  public record StoredLog(List<String> hashes, Optional<String> firstBreak, boolean purged) {}

  /** Every item's head, by item id. */
  public List<Head> heads() {
    return em
        .createQuery(
            "SELECT e.id, e.custodyCount, e.custodyHead FROM EvidenceItem e ORDER BY e.id",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> new Head((String) row[0], (Integer) row[1], (String) row[2]))
        .toList();
  }

  /** Every item's log as stored, by item id. */
  public Map<String, StoredLog> logs() {
    Map<String, List<CustodyChain.Link>> links = new LinkedHashMap<>();
    em.createQuery(
            "SELECT c FROM CustodyEvent c ORDER BY c.evidenceId, c.sequence", CustodyEvent.class)
        .getResultStream()
        .forEach(
            c -> links.computeIfAbsent(c.getEvidenceId(), id -> new ArrayList<>()).add(c.link()));
    em.clear();
    Map<String, StoredLog> logs = new LinkedHashMap<>();
    links.forEach(
        (id, chain) ->
            logs.put(
                id,
                new StoredLog(
                    chain.stream().map(CustodyChain.Link::hash).toList(),
                    CustodyChain.firstBreak(chain),
                    chain.stream().anyMatch(l -> l.action() == CustodyAction.DELETED))));
    return logs;
  }
}
