package org.recourse.evidence.export;

import java.util.List;

/**
 * Where an export finds the latest anchors of the logs. Implemented by the anchor feature, which
 * builds on the evidence feature; the export looks it up, so neither depends on the other both
 * ways.
 */
public interface ExportAnchors {

  /** The latest {@code limit} stamped anchors, oldest first. */
  List<ExportTrust.AnchorFile> latest(int limit);
}
