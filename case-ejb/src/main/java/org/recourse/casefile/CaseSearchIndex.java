package org.recourse.casefile;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * Keeps the case list's text index ({@link SearchTerms}, table {@code case_search_term}) in step
 * with the case: written when a case is opened, when its title or pseudonym changes and when it is
 * purged (so no ending of an erased title is left behind), in the same transaction as the change.
 */
@Stateless
@PermitAll
public class CaseSearchIndex {

  /** The statement that adds one term; for JDBC batches ({@link #add}). */
  public static final String INSERT = "INSERT INTO case_search_term (term, case_id) VALUES (?, ?)";

  @PersistenceContext private EntityManager em;

  /** Replaces the case's terms with those of its current number, title and pseudonym. */
  public void index(long caseId, String number, String title, String pseudonym) {
    em.flush();
    em.createNativeQuery("DELETE FROM case_search_term WHERE case_id = ?1")
        .setParameter(1, caseId)
        .executeUpdate();
    Set<String> terms = SearchTerms.of(number, title, pseudonym);
    if (terms.isEmpty()) {
      return;
    }
    StringBuilder sql = new StringBuilder("INSERT INTO case_search_term (term, case_id) VALUES ");
    int position = 2;
    for (int i = 0; i < terms.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(?").append(position++).append(", ?1)");
    }
    Query insert = em.createNativeQuery(sql.toString()).setParameter(1, caseId);
    position = 2;
    for (String term : terms) {
      insert.setParameter(position++, term);
    }
    insert.executeUpdate();
  }

  /** Adds a new case's terms to a JDBC batch of {@link #INSERT} (seeding, migration). */
  public static void add(PreparedStatement insert, long caseId, String... texts)
      throws SQLException {
    for (String term : SearchTerms.of(texts)) {
      insert.setString(1, term);
      insert.setLong(2, caseId);
      insert.addBatch();
    }
  }
}
