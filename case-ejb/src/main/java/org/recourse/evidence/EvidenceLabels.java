package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;

/**
 * Names evidence items for the records other features attach them to (the portal's incident log and
 * messages): file name and description, nothing of the file, its hashes or its custody. The caller
 * has already decided that its user may read the record; only items of that record's case are
 * named, so an id copied from another case names nothing.
 */
@ApplicationScoped
public class EvidenceLabels {

  @Inject private EvidenceRepository repository;

  /** The items of the case with these ids, by file name; ids of no item of the case left out. */
  public List<EvidenceLabel> of(long caseId, Collection<String> evidenceIds) {
    if (evidenceIds == null || evidenceIds.isEmpty()) {
      return List.of();
    }
    return repository.withCases(evidenceIds).stream()
        .filter(item -> item.getCaseFile().getId() == caseId)
        .map(EvidenceLabels::label)
        .sorted(
            Comparator.comparing(EvidenceLabel::fileName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(EvidenceLabel::id))
        .toList();
  }

  static EvidenceLabel label(EvidenceItem item) {
    return new EvidenceLabel(item.getId(), item.getFileName(), item.capture().description());
  }
}
