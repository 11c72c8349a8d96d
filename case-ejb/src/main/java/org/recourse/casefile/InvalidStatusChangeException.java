package org.recourse.casefile;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Set;
import org.recourse.shared.ProblemException;

/** A status change the workflow does not allow, or a closing without a reason. */
@ApplicationException(rollback = true)
public class InvalidStatusChangeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final CaseStatus from;
  private final CaseStatus to;

  public InvalidStatusChangeException(CaseStatus from, CaseStatus to) {
    super(
        to == CaseStatus.CLOSED && from.next().contains(to)
            ? "Closing a case needs a closing reason"
            : "A case cannot move from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public CaseStatus from() {
    return from;
  }

  public CaseStatus to() {
    return to;
  }

  public Set<CaseStatus> allowedStatuses() {
    return from.next();
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }

  /** The allowed next statuses, by name, sorted. */
  @Override
  public List<String> allowed() {
    return allowedStatuses().stream().map(Enum::name).sorted().toList();
  }
}
