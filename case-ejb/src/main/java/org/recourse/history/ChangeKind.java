package org.recourse.history;

/** What a revision did to one audited row. */
public enum ChangeKind {
  ADDED,
  CHANGED,
  REMOVED
}
