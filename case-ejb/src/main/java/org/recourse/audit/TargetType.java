package org.recourse.audit;

/** The kind of thing an access-log row names by id. */
public enum TargetType {
  CASE,
  EVIDENCE_ITEM,
  REMOVAL_REQUEST,
  REMOVAL_NOTICE,
  /** A page or servlet path (a refused page). */
  PAGE,
  /** An API route, as method and path (a refused API call). */
  API_ROUTE
}
