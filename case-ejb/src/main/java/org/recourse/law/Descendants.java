package org.recourse.law;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The jurisdictions whose cases a change of law reaches: the ones changed and every one below them
 * (a rule of US applies in US-WA and in a county under it), however deep.
 */
final class Descendants {

  private Descendants() {}

  static Set<String> withDescendants(EntityManager em, Set<String> codes) {
    Set<String> all = new TreeSet<>(codes);
    Set<String> level = new HashSet<>(codes);
    while (!level.isEmpty()) {
      List<String> children =
          em.createQuery(
                  "SELECT j.code FROM Jurisdiction j WHERE j.parentCode IN :codes", String.class)
              .setParameter("codes", level)
              .getResultList();
      level = new HashSet<>();
      for (String child : children) {
        if (all.add(child)) {
          level.add(child);
        }
      }
    }
    return all;
  }
}
