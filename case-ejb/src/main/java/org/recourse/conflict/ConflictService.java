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
import jakarta.inject.Inject;
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
  @EJB private ConflictIndexSweep sweep;
  @Inject private ConflictIndex index;

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
    List<ConflictCandidate> candidates = candidates(terms);
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
   * The parties the terms may match: with the blind index complete, only those whose keys meet the
   * terms' (decrypted here; the legal names, e-mail addresses and phone numbers of victims exist in
   * clear text only in memory); while it is being completed, every party of every case.
   */
  private List<ConflictCandidate> candidates(List<String> terms) {
    List<ConflictParties.Party> parties;
    if (sweep.complete()) {
      ConflictIndex.Matching matching = index.matching(terms);
      parties = ConflictParties.withIds(em, matching.victims(), matching.people());
    } else {
      parties = ConflictParties.all(em);
    }
    return parties.stream().map(ConflictParties.Party::candidate).toList();
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
}
