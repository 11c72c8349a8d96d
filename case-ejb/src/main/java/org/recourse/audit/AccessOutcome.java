package org.recourse.audit;

/** Whether the access a row records was given or refused. */
public enum AccessOutcome {
  GRANTED,
  DENIED
}
