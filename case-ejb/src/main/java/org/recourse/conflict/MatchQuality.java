package org.recourse.conflict;

/** How closely a search term matched a stored value, strongest first. */
public enum MatchQuality {
  /** The same value once case, accents, punctuation and word order are set aside. */
  EXACT,
  /** The same words allowing a small typo in each, or some words missing on one side. */
  SIMILAR,
  /** One word of a longer name, such as a family name on its own. */
  PARTIAL
}
