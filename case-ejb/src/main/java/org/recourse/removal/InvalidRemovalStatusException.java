package org.recourse.removal;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Set;
import org.recourse.shared.ProblemException;

/** A status change of a removal request the workflow does not allow (409, listing what is). */
@ApplicationException(rollback = true)
public class InvalidRemovalStatusException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final RemovalStatus from;

  public InvalidRemovalStatusException(RemovalStatus from, RemovalStatus to) {
    super("A removal request cannot move from " + from + " to " + to);
    this.from = from;
  }

  public Set<RemovalStatus> allowedStatuses() {
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
