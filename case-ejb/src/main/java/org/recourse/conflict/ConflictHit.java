package org.recourse.conflict;

import java.util.Objects;

/**
 * One person in an existing case who may be the person searched for: the strongest match found
 * among that person's details, and the field it was found in.
 *
 * @param matchedField one of {@link #NAME}, {@link #ALIAS}, {@link #HANDLE}, {@link #EMAIL} or
 *     {@link #PHONE}
 */
public record ConflictHit(ConflictCandidate candidate, String matchedField, MatchQuality quality) {

  /** The first entry of {@link ConflictCandidate#names()}. */
  public static final String NAME = "name";

  /** Any later entry of {@link ConflictCandidate#names()}. */
  public static final String ALIAS = "alias";

  public static final String HANDLE = "handle";
  public static final String EMAIL = "email";
  public static final String PHONE = "phone";

  public ConflictHit {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(matchedField, "matchedField");
    Objects.requireNonNull(quality, "quality");
  }
}
