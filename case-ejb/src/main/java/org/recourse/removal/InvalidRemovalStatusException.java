package org.recourse.removal;

import jakarta.ejb.ApplicationException;
import java.util.Set;

/** A status change of a removal request the workflow does not allow (409, listing what is). */
@ApplicationException(rollback = true)
public class InvalidRemovalStatusException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RemovalStatus from;

  public InvalidRemovalStatusException(RemovalStatus from, RemovalStatus to) {
    super("A removal request cannot move from " + from + " to " + to);
    this.from = from;
  }

  public Set<RemovalStatus> allowed() {
    return from.next();
  }
}
