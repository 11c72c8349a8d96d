package org.recourse.people;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.recourse.people.conflict.ConflictCandidate;
import org.recourse.people.conflict.ConflictHit;
import org.recourse.people.conflict.ConflictMatcher;
import org.recourse.people.conflict.PartyRole;

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

  private final ConflictMatcher matcher = new ConflictMatcher();

  /** One match in a case the caller may see. */
  public record VisibleConflict(
      long caseId,
      String caseNumber,
      String party,
      String matchedField,
      String quality,
      String query) {}

  /**
   * The outcome of a check: the visible matches, and whether there are others the caller may not
   * see (and whom to ask about them).
   */
  public record ConflictReport(
      List<VisibleConflict> visible, boolean otherPossibleConflicts, String whomToAsk) {
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
    return new ConflictReport(new ArrayList<>(visible.values()), hidden, whomToAsk());
  }

  private List<ConflictCandidate> candidates() {
    List<ConflictCandidate> candidates = new ArrayList<>();
    for (Victim v :
        em.createQuery("SELECT v FROM Victim v JOIN FETCH v.caseFile", Victim.class)
            .getResultList()) {
      candidates.add(
          new ConflictCandidate(
              v.getCaseFile().getId(),
              v.getCaseFile().getNumber(),
              PartyRole.VICTIM,
              nonNull(v.getLegalName(), v.getPseudonym()),
              List.of(),
              nonNull(v.getEmail()),
              nonNull(v.getPhone())));
    }
    for (CasePerson p :
        em.createQuery("SELECT p FROM CasePerson p JOIN FETCH p.caseFile", CasePerson.class)
            .getResultList()) {
      List<String> names = new ArrayList<>(nonNull(p.getName()));
      names.addAll(lines(p.getAliases()));
      candidates.add(
          new ConflictCandidate(
              p.getCaseFile().getId(),
              p.getCaseFile().getNumber(),
              PartyRole.valueOf(p.getKind().name()),
              names,
              lines(p.getHandles()),
              nonNull(p.getEmail()),
              nonNull(p.getPhone())));
    }
    return candidates;
  }

  private Set<Long> visibleCaseIds() {
    return new HashSet<>(
        em.createQuery("SELECT t.caseFile.id FROM TeamMember t WHERE t.username = :me", Long.class)
            .setParameter("me", session.getCallerPrincipal().getName())
            .getResultList());
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
