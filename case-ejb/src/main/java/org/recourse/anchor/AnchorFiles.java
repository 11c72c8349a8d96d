package org.recourse.anchor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recourse.evidence.export.ExportAnchors;
import org.recourse.evidence.export.ExportTrust;
import org.recourse.timestamp.TimestampStatus;

/**
 * The latest stamped anchors as files, for export packages: the manifest and the TSA's reply over
 * it. Manifests list item ids, entry counts and hashes only, never a case, a name or an entry's
 * content; the export checks its own access.
 */
@ApplicationScoped
public class AnchorFiles implements ExportAnchors {

  @PersistenceContext private EntityManager em;

  @Override
  public List<ExportTrust.AnchorFile> latest(int limit) {
    List<ExportTrust.AnchorFile> files = new ArrayList<>();
    em.createQuery(
            "SELECT a FROM LogAnchor a WHERE a.status = :stamped ORDER BY a.id DESC",
            LogAnchor.class)
        .setParameter("stamped", TimestampStatus.STAMPED)
        .setMaxResults(limit)
        .getResultList()
        .forEach(a -> files.add(new ExportTrust.AnchorFile(a.getId(), a.manifest(), a.reply())));
    Collections.reverse(files);
    return files;
  }
}
