package org.recourse.audit;

import static org.recourse.shared.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.audit.AccessLogViews.AccessQuery;
import org.recourse.audit.AccessLogViews.EntryPage;
import org.recourse.audit.AccessLogViews.EntryView;
import org.recourse.audit.AccessLogViews.Verification;
import org.recourse.shared.Csv;
import org.recourse.shared.InvalidInputException;

/**
 * The access log for administrators: filtered pages of rows, a CSV export of the same rows, and a
 * verification of the whole chain. Reading the log is not itself logged; nothing here changes it.
 */
@Stateless
@RolesAllowed(ADMIN)
public class AccessLogService {

  /** The largest page the API and the page ask for. */
  public static final int MAX_PAGE_SIZE = 200;

  /** How long a read waits for refusals still being written. */
  private static final Duration REFUSALS_WRITTEN = Duration.ofSeconds(5);

  private static final int BATCH = 500;
  private static final Logger LOG = Logger.getLogger(AccessLogService.class.getName());
  private static final List<String> CSV_HEADER =
      List.of(
          "id",
          "sequence",
          "occurred_at",
          "username",
          "roles",
          "action",
          "outcome",
          "case_id",
          "target_type",
          "target_id",
          "client_address",
          "detail",
          "prev_hash",
          "row_hash");

  @PersistenceContext private EntityManager em;
  @EJB private AccessLogBacklog backlog;

  /** One page of the rows that match, newest first. */
  public EntryPage search(AccessQuery query, int page, int size) {
    backlog.await(REFUSALS_WRITTEN);
    if (page < 0) {
      throw new InvalidInputException("page", "Must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "Must be between 1 and " + MAX_PAGE_SIZE);
    }
    Map<String, Object> parameters = new HashMap<>();
    String where = where(query == null ? AccessQuery.ALL : query, parameters);
    TypedQuery<AccessEntry> rows =
        em.createQuery(
            "SELECT e FROM AccessEntry e" + where + " ORDER BY e.sequence DESC", AccessEntry.class);
    parameters.forEach(rows::setParameter);
    List<EntryView> items =
        rows.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
            .map(AccessLogService::view)
            .toList();
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM AccessEntry e" + where, Long.class);
    parameters.forEach(count::setParameter);
    return new EntryPage(items, count.getSingleResult(), page, size);
  }

  /**
   * Writes the rows that match as CSV, oldest first, read in batches. Fields are neutralised
   * against spreadsheet formulas ({@link Csv}).
   */
  public void exportCsv(AccessQuery query, Writer out) throws IOException {
    backlog.await(REFUSALS_WRITTEN);
    Map<String, Object> parameters = new HashMap<>();
    String where = where(query == null ? AccessQuery.ALL : query, parameters);
    out.write(Csv.row(CSV_HEADER));
    long after = 0;
    while (true) {
      TypedQuery<AccessEntry> batch =
          em.createQuery(
              "SELECT e FROM AccessEntry e"
                  + where
                  + (where.isEmpty() ? " WHERE" : " AND")
                  + " e.sequence > :after ORDER BY e.sequence",
              AccessEntry.class);
      parameters.forEach(batch::setParameter);
      List<AccessEntry> rows =
          batch.setParameter("after", after).setMaxResults(BATCH).getResultList();
      for (AccessEntry e : rows) {
        out.write(
            Csv.row(
                java.util.Arrays.asList(
                    String.valueOf(e.getId()),
                    String.valueOf(e.getSequence()),
                    e.getOccurredAt().toString(),
                    e.getUsername(),
                    e.getRoles(),
                    e.getAction().name(),
                    e.getOutcome().name(),
                    e.getCaseId() == null ? null : e.getCaseId().toString(),
                    e.getTargetType() == null ? null : e.getTargetType().name(),
                    e.getTargetId(),
                    e.getClientAddress(),
                    e.getDetail(),
                    e.getPreviousHash(),
                    e.getHash())));
        after = e.getSequence();
      }
      em.clear();
      if (rows.size() < BATCH) {
        break;
      }
    }
    out.flush();
  }

  /**
   * Walks the whole chain against the head as it was when the walk began: each row's hash, its link
   * to the row before, numbering without gaps, and the end against the head's count and hash.
   */
  public Verification verify() {
    backlog.await(REFUSALS_WRITTEN);
    Instant at = Instant.now();
    AccessLogHead head = em.find(AccessLogHead.class, AccessLogHead.ID);
    if (head == null) {
      return new Verification(false, 0, 0, null, 1L, "The head row is missing", at);
    }
    AccessChain.Walk walk = new AccessChain.Walk(head.getCount(), head.getHash());
    long after = 0;
    boolean more = head.getCount() > 0;
    while (more) {
      List<AccessEntry> rows =
          em.createQuery(
                  "SELECT e FROM AccessEntry e WHERE e.sequence > :after ORDER BY e.sequence",
                  AccessEntry.class)
              .setParameter("after", after)
              .setMaxResults(BATCH)
              .getResultList();
      for (AccessEntry row : rows) {
        more = walk.next(row.link());
        after = row.getSequence();
        if (!more) {
          break;
        }
      }
      em.clear();
      if (rows.size() < BATCH) {
        more = false;
      }
    }
    Optional<AccessChain.Break> broken = walk.result();
    broken.ifPresent(
        b ->
            LOG.warning(
                () ->
                    "Access log verification failed at sequence "
                        + b.sequence()
                        + " (row id "
                        + b.rowId()
                        + "): "
                        + b.reason()));
    return new Verification(
        broken.isEmpty(),
        walk.rowsChecked(),
        head.getCount(),
        broken.map(AccessChain.Break::rowId).orElse(null),
        broken.map(AccessChain.Break::sequence).orElse(null),
        broken.map(AccessChain.Break::reason).orElse(null),
        at);
  }

  private static String where(AccessQuery query, Map<String, Object> parameters) {
    StringBuilder where = new StringBuilder();
    if (query.user() != null && !query.user().isBlank()) {
      where.append(" AND LOWER(e.username) = :user");
      parameters.put("user", query.user().strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (query.caseId() != null) {
      where.append(" AND e.caseId = :caseId");
      parameters.put("caseId", query.caseId());
    }
    if (query.action() != null) {
      where.append(" AND e.action = :action");
      parameters.put("action", query.action());
    }
    if (query.from() != null) {
      where.append(" AND e.occurredAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      where.append(" AND e.occurredAt < :to");
      parameters.put("to", query.to());
    }
    return where.isEmpty() ? "" : " WHERE" + where.substring(" AND".length());
  }

  private static EntryView view(AccessEntry e) {
    return new EntryView(
        e.getId(),
        e.getSequence(),
        e.getOccurredAt(),
        e.getUsername(),
        e.getRoles(),
        e.getAction(),
        e.getAction().label(),
        e.getOutcome(),
        e.getCaseId(),
        e.getTargetType(),
        e.getTargetId(),
        e.getClientAddress(),
        e.getDetail(),
        e.getPreviousHash(),
        e.getHash());
  }
}
