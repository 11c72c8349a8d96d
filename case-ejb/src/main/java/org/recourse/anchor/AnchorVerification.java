package org.recourse.anchor;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of checking every log against every anchor.
 *
 * @param intact whether every chain as stored recomputes and reaches every anchored head, and every
 *     anchor's token verifies
 * @param anchorsChecked stamped anchors checked
 * @param anchorsPending anchors still waiting for their token (not checked)
 * @param custodyItems custody logs walked
 * @param custodyEntries custody entries walked
 * @param accessRows access-log rows walked
 * @param problems what was found, first ones first (at most {@value AnchorService#MAX_PROBLEMS})
 * @param millis how long the check took
 */
public record AnchorVerification(
    boolean intact,
    int anchorsChecked,
    int anchorsPending,
    int custodyItems,
    long custodyEntries,
    long accessRows,
    List<String> problems,
    long millis,
    Instant checkedAt)
    implements Serializable {

  public AnchorVerification {
    problems = List.copyOf(problems);
  }
}
