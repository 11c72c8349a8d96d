package org.recourse.conflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recourse.casefile.CasePartiesChanged;
import org.recourse.conflict.ConflictParties.Kind;
import org.recourse.conflict.ConflictParties.Party;
import org.recourse.shared.crypto.FieldCipher;

/**
 * The conflict check's blind index (table {@code conflict_key}): the keyed hashes of every party's
 * {@link BlindKeys}, rewritten in the transaction that changes a case's parties, and looked up so
 * that a check decrypts only the parties a term may match instead of every victim.
 */
@ApplicationScoped
public class ConflictIndex {

  /** How many ids or hashes go into one statement. */
  static final int CHUNK = 500;

  @PersistenceContext private EntityManager em;
  @Inject private FieldCipher cipher;

  /** For CDI. */
  protected ConflictIndex() {}

  /** Rewrites the keys of the case's parties as they now stand. */
  public void partiesChanged(@Observes CasePartiesChanged changed) {
    reindexCase(changed.caseId());
  }

  /** Rewrites the keys of the parties of one case. */
  public void reindexCase(long caseId) {
    em.createNativeQuery("DELETE FROM conflict_key WHERE case_id = ?1")
        .setParameter(1, caseId)
        .executeUpdate();
    for (Party party : ConflictParties.ofCase(em, caseId)) {
      insert(party);
    }
  }

  /**
   * Indexes up to {@code limit} parties that have no keys yet (written before the index existed, or
   * straight into the database, as the demo seeding does), in a transaction of its own; returns how
   * many it indexed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int indexMissing(int limit) {
    List<Long> victims = missing("victim", Kind.VICTIM, limit);
    List<Long> people = missing("case_person", Kind.PERSON, limit - victims.size());
    List<Party> parties = ConflictParties.withIds(em, victims, people);
    for (Party party : parties) {
      insert(party);
    }
    return parties.size();
  }

  /** The parties whose keys meet those of any of the terms, as victim and person ids. */
  public Matching matching(Collection<String> terms) {
    Set<Long> hashes = new LinkedHashSet<>();
    for (String term : terms) {
      for (String key : BlindKeys.ofQuery(term)) {
        hashes.add(cipher.blindIndex(key));
      }
    }
    Set<Long> victims = new HashSet<>();
    Set<Long> people = new HashSet<>();
    for (List<Long> chunk : ConflictParties.chunks(hashes)) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "SELECT DISTINCT party_kind, party_id FROM conflict_key WHERE key_hash IN (:hashes)")
              .setParameter("hashes", chunk)
              .getResultList();
      for (Object[] row : rows) {
        long id = ((Number) row[1]).longValue();
        if (String.valueOf(row[0]).charAt(0) == Kind.VICTIM.code()) {
          victims.add(id);
        } else {
          people.add(id);
        }
      }
    }
    return new Matching(victims, people);
  }

  /** The victims and people a check has to compare. */
  public record Matching(Set<Long> victims, Set<Long> people) {}

  private List<Long> missing(String table, Kind kind, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT t.id FROM "
                    + table
                    + " t WHERE NOT EXISTS (SELECT 1 FROM conflict_key k"
                    + " WHERE k.party_kind = ?1 AND k.party_id = t.id) ORDER BY t.id")
            .setParameter(1, String.valueOf(kind.code()))
            .setMaxResults(limit)
            .getResultList();
    List<Long> kept = new ArrayList<>();
    for (Number id : ids) {
      kept.add(id.longValue());
    }
    return kept;
  }

  private void insert(Party party) {
    ConflictCandidate who = party.candidate();
    Set<Long> hashes = new LinkedHashSet<>();
    for (String key : BlindKeys.ofParty(who.names(), who.handles(), who.emails(), who.phones())) {
      hashes.add(cipher.blindIndex(key));
    }
    for (List<Long> chunk : ConflictParties.chunks(hashes)) {
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO conflict_key (case_id, party_kind, party_id, key_hash) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?3, ?").append(i + 4).append(')');
      }
      Query insert =
          em.createNativeQuery(sql.toString())
              .setParameter(1, who.caseId())
              .setParameter(2, String.valueOf(party.kind().code()))
              .setParameter(3, party.id());
      for (int i = 0; i < chunk.size(); i++) {
        insert.setParameter(i + 4, chunk.get(i));
      }
      insert.executeUpdate();
    }
  }
}
