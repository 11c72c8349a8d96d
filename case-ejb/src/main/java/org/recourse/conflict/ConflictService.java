package org.recourse.conflict;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.recourse.casefile.CaseAccessService;
import org.recourse.casefile.PersonKind;

/**
 * The conflict check run at intake, before a case is created: are the new client or the people they
 * accuse already parties in another case of the organisation? Matches in cases the caller may see
 * name the case; matches elsewhere only say that a possible conflict exists and whom to ask, never
 * which case.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class ConflictService {

  /** Whom to ask about a conflict in a case the caller may not see. */
  public static final String WHOM_TO_ASK_SETTING = "conflicts.contact";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private CaseAccessService caseAccess;

  /** The strongest matches shown; more would bury the ones that matter. */
  private static final int MAX_SHOWN = 50;

  private final ConflictMatcher matcher = new ConflictMatcher();

  /** One match in a case the caller may see. */
  public record VisibleConflict(
      long caseId,
      String caseNumber,
      String party,
      String matchedField,
      String quality,
      String query)
      implements Serializable {}

  /**
   * The outcome of a check: the visible matches, and whether there are others the caller may not
   * see (and whom to ask about them).
   */
  public record ConflictReport(
      List<VisibleConflict> visible, boolean otherPossibleConflicts, String whomToAsk)
      implements Serializable {
    public boolean clear() {
      return visible.isEmpty() && !otherPossibleConflicts;
    }
  }

  /** Checks each non-blank query (names, handles, e-mail addresses, phone numbers). */
  public ConflictReport check(Collection<String> queries) {
    List<String> terms =
        queries.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(q -> q.length() >= 2)
            .distinct()
            .toList();
    if (terms.isEmpty()) {
      return new ConflictReport(List.of(), false, whomToAsk());
    }
    List<ConflictCandidate> candidates = candidates();
    Set<Long> visibleCases = visibleCaseIds();
    boolean admin = session.isCallerInRole(ADMIN);
    Map<String, VisibleConflict> visible = new LinkedHashMap<>();
    boolean hidden = false;
    for (String term : terms) {
      for (ConflictHit hit : matcher.find(term, candidates)) {
        ConflictCandidate who = hit.candidate();
        if (admin || visibleCases.contains(who.caseId())) {
          visible.putIfAbsent(
              who.caseId() + "/" + who.role() + "/" + hit.matchedField(),
              new VisibleConflict(
                  who.caseId(),
                  who.caseNumber(),
                  who.role().name(),
                  hit.matchedField(),
                  hit.quality().name(),
                  term));
        } else {
          hidden = true;
        }
      }
    }
    List<VisibleConflict> shown = new ArrayList<>(visible.values());
    return new ConflictReport(
        shown.size() > MAX_SHOWN ? shown.subList(0, MAX_SHOWN) : shown, hidden, whomToAsk());
  }

  /**
   * Every party of every case, read as plain columns (no entities) and decrypted here: the legal
   * names, e-mail addresses and phone numbers of victims exist in clear text only in memory.
   */
  private List<ConflictCandidate> candidates() {
    List<ConflictCandidate> candidates = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "SELECT c.id, c.number, v.pseudonym, v.legalName, v.email, v.phone"
                    + " FROM Victim v JOIN v.caseFile c",
                Object[].class)
            .getResultList()) {
      candidates.add(
          new ConflictCandidate(
              (Long) r[0],
              (String) r[1],
              PartyRole.VICTIM,
              nonNull((String) r[3], (String) r[2]),
              List.of(),
              nonNull((String) r[4]),
              nonNull((String) r[5])));
    }
    for (Object[] r :
        em.createQuery(
                "SELECT c.id, c.number, p.kind, p.name, p.aliases, p.handles, p.email, p.phone"
                    + " FROM CasePerson p JOIN p.caseFile c",
                Object[].class)
            .getResultList()) {
      List<String> names = new ArrayList<>(nonNull((String) r[3]));
      names.addAll(lines((String) r[4]));
      candidates.add(
          new ConflictCandidate(
              (Long) r[0],
              (String) r[1],
              PartyRole.valueOf(((PersonKind) r[2]).name()),
              names,
              lines((String) r[5]),
              nonNull((String) r[6]),
              nonNull((String) r[7])));
    }
    return candidates;
  }

  private Set<Long> visibleCaseIds() {
    return new HashSet<>(caseAccess.teamCaseIds());
  }

  private String whomToAsk() {
    List<String> values =
        em.createNativeQuery("SELECT setting_value FROM recourse_setting WHERE name = ?1")
            .setParameter(1, WHOM_TO_ASK_SETTING)
            .getResultList();
    return values.isEmpty() ? "an administrator" : values.get(0);
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
