package org.recourse.conflict;

import java.util.Optional;

/**
 * Decides whether a search term and a stored value denote the same person, after both are folded by
 * {@link SearchKey}.
 *
 * <p>Names are compared word by word:
 *
 * <ul>
 *   <li>{@link MatchQuality#EXACT}: the same words in any order ("Smith Jane" is "Jane Smith"), or
 *       the same letters spaced differently ("Annmarie" is "Ann-Marie").
 *   <li>{@link MatchQuality#SIMILAR}: every word of the shorter name pairs with a different word of
 *       the longer one, allowing typos by word length: none up to 3 letters, one up to 7 letters,
 *       two from 8, counted as optimal string alignment distance, in which swapping two adjacent
 *       letters is one typo ("Smtih" is "Smith", "Jonathon" is "Jonathan"). The shorter name must
 *       have at least two words, or both names just one, so "Jane Smith" is similar to "Jane Mary
 *       Smith" either way round.
 *   <li>{@link MatchQuality#PARTIAL}: a single word pairs with one word of a longer name, as when
 *       an advocate types only a family name.
 * </ul>
 *
 * <p>Handles match {@link MatchQuality#EXACT} when equal and {@link MatchQuality#SIMILAR} with one
 * typo when both are at least 6 characters long. Emails match only when equal. Phone numbers match
 * {@link MatchQuality#EXACT} when their compared digits are equal and {@link MatchQuality#PARTIAL}
 * when one, of at least 7 digits, ends the other, as a number written without its area code does. A
 * search term of fewer than 2 letters matches nothing.
 *
 * <p>Thread-safe. {@link ConflictMatcher} applies the same rules to many stored values at once.
 */
public final class NameMatcher {

  /** How a name matches a stored name or alias. */
  public Optional<MatchQuality> match(String query, String candidate) {
    NameTokens folded = new NameTokens().load(query);
    return Optional.ofNullable(new Comparer().names(folded, new NameTokens().load(candidate)));
  }

  /** How a handle or profile address matches a stored handle. */
  public Optional<MatchQuality> matchHandle(String query, String candidate) {
    TextBuffer folded = new TextBuffer();
    TextBuffer stored = new TextBuffer();
    SearchKey.foldHandle(query, folded, true);
    SearchKey.foldHandle(candidate, stored, true);
    return Optional.ofNullable(new Comparer().handles(folded, stored));
  }

  /** How an email address matches a stored one. */
  public Optional<MatchQuality> matchEmail(String query, String candidate) {
    return Optional.ofNullable(
        new Comparer()
            .emails(SearchKey.normalizeEmail(query), SearchKey.normalizeEmail(candidate)));
  }

  /** How a phone number matches a stored one. */
  public Optional<MatchQuality> matchPhone(String query, String candidate) {
    TextBuffer folded = new TextBuffer();
    TextBuffer stored = new TextBuffer();
    SearchKey.foldPhone(query, folded);
    SearchKey.foldPhone(candidate, stored);
    return Optional.ofNullable(new Comparer().phones(folded, stored));
  }
}
