package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.shared.InvalidInputException;

/**
 * Names evidence items for the records other features attach them to (the portal's incident log and
 * messages): file name and description, nothing of the file, its hashes or its custody. The caller
 * has already decided that its user may read the record; only items of that record's case are
 * named, so an id copied from another case names nothing.
 */
@ApplicationScoped
public class EvidenceLabels {

  /** The refusal of an id that is no evidence item of the case. */
  public static final String NOT_OF_CASE = "Choose evidence items of this case";

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

  /**
   * The items of the case with these ids, for the team to attach to what they write (a message to
   * the client): each id must be an item of this case, else all is refused, naming {@code field},
   * worded alike for another case's item and for none at all.
   */
  public List<EvidenceLabel> ofCaseOnly(long caseId, Collection<String> evidenceIds, String field) {
    if (evidenceIds == null || evidenceIds.isEmpty()) {
      return List.of();
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : evidenceIds) {
      if (id == null || id.isBlank() || id.length() > 64) {
        throw new InvalidInputException(field, NOT_OF_CASE);
      }
      wanted.add(id.strip());
    }
    if (wanted.size() > ClientUploads.MAX_ATTACHED) {
      throw new InvalidInputException(
          field, "Choose at most " + ClientUploads.MAX_ATTACHED + " files");
    }
    List<EvidenceLabel> found = of(caseId, wanted);
    if (found.size() != wanted.size()) {
      throw new InvalidInputException(field, NOT_OF_CASE);
    }
    return found;
  }

  static EvidenceLabel label(EvidenceItem item) {
    return new EvidenceLabel(item.getId(), item.getFileName(), item.capture().description());
  }
}
