package org.recourse.casefile;

/** The part another person plays in a case. */
public enum PersonKind {
  /** Who shared, threatened or made the images; known or not. */
  RESPONDENT,
  WITNESS,
  OTHER_COUNSEL
}
