package org.recourse.conflict;

/** The side a person is on in an existing case, which decides whether a hit is a conflict. */
public enum PartyRole {
  /** The organisation's client. */
  VICTIM,
  /** Who shared, threatened or made the images. */
  RESPONDENT,
  WITNESS,
  /** Counsel acting for another party. */
  OTHER_COUNSEL
}
