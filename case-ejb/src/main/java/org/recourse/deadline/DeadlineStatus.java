package org.recourse.deadline;

/** Where a case deadline stands; overdue is derived (open and past due), never stored. */
public enum DeadlineStatus {
  OPEN,
  DONE,
  WAIVED
}
