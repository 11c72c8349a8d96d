package org.recourse.conflict;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.recourse.casefile.PersonKind;

/**
 * Reads the parties of cases as the conflict check compares them: the victim (legal name and
 * pseudonym, e-mail, phone, decrypted here) and the people of the case (name and aliases, handles,
 * e-mail, phone), as plain columns, no entities.
 */
final class ConflictParties {

  /** Which row a party comes from: a victim or a person of the case. */
  enum Kind {
    VICTIM('V'),
    PERSON('P');

    private final char code;

    Kind(char code) {
      this.code = code;
    }

    char code() {
      return code;
    }
  }

  /** One party and the row it comes from. */
  record Party(Kind kind, long id, ConflictCandidate candidate) {}

  private static final String VICTIMS =
      "SELECT v.id, c.id, c.number, v.pseudonym, v.legalName, v.email, v.phone"
          + " FROM Victim v JOIN v.caseFile c";

  private static final String PEOPLE =
      "SELECT p.id, c.id, c.number, p.kind, p.name, p.aliases, p.handles, p.email, p.phone"
          + " FROM CasePerson p JOIN p.caseFile c";

  private ConflictParties() {}

  /** Every party of every case. */
  static List<Party> all(EntityManager em) {
    List<Party> parties = new ArrayList<>();
    victims(em.createQuery(VICTIMS, Object[].class).getResultList(), parties);
    people(em.createQuery(PEOPLE, Object[].class).getResultList(), parties);
    return parties;
  }

  /** The parties of one case. */
  static List<Party> ofCase(EntityManager em, long caseId) {
    List<Party> parties = new ArrayList<>();
    victims(
        em.createQuery(VICTIMS + " WHERE c.id = :case", Object[].class)
            .setParameter("case", caseId)
            .getResultList(),
        parties);
    people(
        em.createQuery(PEOPLE + " WHERE c.id = :case", Object[].class)
            .setParameter("case", caseId)
            .getResultList(),
        parties);
    return parties;
  }

  /** The victims and people with these ids. */
  static List<Party> withIds(EntityManager em, Collection<Long> victims, Collection<Long> people) {
    List<Party> parties = new ArrayList<>();
    for (List<Long> chunk : chunks(victims)) {
      victims(
          em.createQuery(VICTIMS + " WHERE v.id IN :ids", Object[].class)
              .setParameter("ids", chunk)
              .getResultList(),
          parties);
    }
    for (List<Long> chunk : chunks(people)) {
      people(
          em.createQuery(PEOPLE + " WHERE p.id IN :ids", Object[].class)
              .setParameter("ids", chunk)
              .getResultList(),
          parties);
    }
    return parties;
  }

  static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = List.copyOf(values);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += ConflictIndex.CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + ConflictIndex.CHUNK)));
    }
    return chunks;
  }

  private static void victims(List<Object[]> rows, List<Party> parties) {
    for (Object[] r : rows) {
      parties.add(
          new Party(
              Kind.VICTIM,
              (Long) r[0],
              new ConflictCandidate(
                  (Long) r[1],
                  (String) r[2],
                  PartyRole.VICTIM,
                  nonNull((String) r[4], (String) r[3]),
                  List.of(),
                  nonNull((String) r[5]),
                  nonNull((String) r[6]))));
    }
  }

  private static void people(List<Object[]> rows, List<Party> parties) {
    for (Object[] r : rows) {
      List<String> names = new ArrayList<>(nonNull((String) r[4]));
      names.addAll(lines((String) r[5]));
      parties.add(
          new Party(
              Kind.PERSON,
              (Long) r[0],
              new ConflictCandidate(
                  (Long) r[1],
                  (String) r[2],
                  PartyRole.valueOf(((PersonKind) r[3]).name()),
                  names,
                  lines((String) r[6]),
                  nonNull((String) r[7]),
                  nonNull((String) r[8]))));
    }
  }

  private static List<String> nonNull(String... values) {
    List<String> kept = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        kept.add(value);
      }
    }
    return kept;
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : nonNull(text.split("\n"));
  }
}
