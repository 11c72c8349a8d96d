package org.recourse.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.recourse.law.LawRevision;

/**
 * Reads the revisions of a case and of every row that belongs to it, and compares each revision of
 * a row with the one before. Rows removed from a case (a team member, a person) keep their history:
 * Envers stores a removal without the case, so removals are looked up by the ids found before.
 */
final class CaseHistoryReader {

  private static final int IDS_PER_QUERY = 500;

  private final AuditReader reader;

  CaseHistoryReader(EntityManager em) {
    this.reader = AuditReaderFactory.get(em);
  }

  /** The case's history, newest revision first; within a revision, the case before its parts. */
  List<HistoryEntry> read(long caseId, boolean maySeeIdentity) {
    List<HistoryEntry> entries = new ArrayList<>();
    HistorySource<?> caseSource = HistorySources.CASE;
    entries.addAll(
        entries(
            caseSource, revisions(caseSource.type(), AuditEntity.id().eq(caseId)), maySeeIdentity));
    for (HistorySource<?> source : HistorySources.OF_CASE) {
      entries.addAll(ofCase(source, caseId, maySeeIdentity));
    }
    entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
    return entries;
  }

  private <T> List<HistoryEntry> ofCase(HistorySource<T> source, long caseId, boolean identity) {
    List<Object[]> rows =
        new ArrayList<>(revisions(source.type(), AuditEntity.relatedId("caseFile").eq(caseId)));
    List<Object> ids =
        rows.stream().map(row -> source.id().apply(source.type().cast(row[0]))).distinct().toList();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      rows.addAll(
          revisions(
              source.type(),
              AuditEntity.and(
                  AuditEntity.revisionType().eq(RevisionType.DEL), AuditEntity.id().in(chunk))));
    }
    return entries(source, rows, identity);
  }

  /** Groups a source's revisions by row (in id order) and compares each row's revisions. */
  private <T> List<HistoryEntry> entries(
      HistorySource<T> source, List<Object[]> rows, boolean identity) {
    Map<Object, List<Object[]>> byRow = new TreeMap<>();
    for (Object[] row : rows) {
      byRow
          .computeIfAbsent(source.id().apply(source.type().cast(row[0])), id -> new ArrayList<>())
          .add(row);
    }
    Set<String> hidden = identity ? Set.of() : source.identityFields();
    List<HistoryEntry> entries = new ArrayList<>();
    for (List<Object[]> revisions : byRow.values()) {
      revisions.sort(Comparator.comparingLong(row -> ((LawRevision) row[1]).getId()));
      String subject = null;
      List<Snapshot> snapshots = new ArrayList<>();
      for (Object[] row : revisions) {
        T entity = source.type().cast(row[0]);
        LawRevision revision = (LawRevision) row[1];
        ChangeKind kind = kind((RevisionType) row[2]);
        if (kind != ChangeKind.REMOVED) {
          subject = source.subject().apply(entity);
        }
        snapshots.add(
            new Snapshot(
                revision.getId(),
                Instant.ofEpochMilli(revision.getRevisionTime()),
                revision.getUsername(),
                kind,
                kind == ChangeKind.REMOVED ? Map.of() : source.values(entity, identity)));
      }
      entries.addAll(HistoryDiff.entries(source.entity(), subject, snapshots, hidden));
    }
    return entries;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> revisions(Class<?> type, AuditCriterion criterion) {
    AuditQuery query = reader.createQuery().forRevisionsOfEntity(type, false, true).add(criterion);
    return query.getResultList();
  }

  private static ChangeKind kind(RevisionType type) {
    return switch (type) {
      case ADD -> ChangeKind.ADDED;
      case MOD -> ChangeKind.CHANGED;
      case DEL -> ChangeKind.REMOVED;
    };
  }
}
