package org.recourse.conflict;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Searches the people of existing cases for whoever an advocate is about to act for or against, so
 * that the organisation never represents both sides.
 *
 * <p>The advocate types one thing, and its shape says what it is: an email address (an '@' with a
 * dot after it) is compared with emails; a phone number (only digits and punctuation, at least 7
 * digits) with phone numbers; a handle (starting with '@', or a profile address) with handles and
 * with names run together; anything else is a name, compared with names and aliases and, run
 * together, with handles, since people often use their name as their handle. The rules for each
 * comparison are those of {@link NameMatcher}.
 *
 * <p>Each person appears once, with the strongest match among their details (on a tie, the first in
 * the order name, aliases, handles); the list runs from the strongest match to the weakest, then by
 * case number. Stored values are folded afresh on each search, into working memory the search
 * reuses, so that candidates can be plain copies of what is stored and no cache has to be kept in
 * step with it; values already folded by {@link SearchKey} pass through unchanged. The scan creates
 * objects only for hits. Thread-safe.
 */
public final class ConflictMatcher {

  private static final Comparator<ConflictHit> STRONGEST_FIRST =
      Comparator.comparing(ConflictHit::quality)
          .thenComparing(hit -> hit.candidate().caseNumber())
          .thenComparingLong(hit -> hit.candidate().caseId());

  /** The people among {@code candidates} who may be the one {@code query} describes. */
  public List<ConflictHit> find(String query, Collection<ConflictCandidate> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    if (query == null || query.isBlank()) {
      return List.of();
    }
    Search search = new Search(query);
    List<ConflictHit> hits = new ArrayList<>();
    for (ConflictCandidate candidate : candidates) {
      ConflictHit hit = search.bestHit(candidate);
      if (hit != null) {
        hits.add(hit);
      }
    }
    hits.sort(STRONGEST_FIRST);
    return hits;
  }

  /** One query, folded once, and the working memory for comparing it with stored values. */
  private static final class Search {

    private final QueryKind kind;
    private final Comparer comparer = new Comparer();
    private final NameTokens queryName = new NameTokens();
    private final TextBuffer queryKey = new TextBuffer();
    private final TextBuffer queryRunTogether = new TextBuffer();
    private final String queryEmail;
    private final NameTokens storedName = new NameTokens();
    private final TextBuffer stored = new TextBuffer();

    private MatchQuality bestQuality;
    private String bestField;

    Search(String query) {
      kind = QueryKind.of(query);
      queryEmail = SearchKey.normalizeEmail(query);
      switch (kind) {
        case NAME -> {
          queryName.load(query);
          queryName.lettersInto(queryRunTogether);
        }
        case HANDLE -> {
          SearchKey.foldHandle(query, queryKey, true);
          SearchKey.foldHandle(query, queryRunTogether, false);
        }
        case PHONE -> SearchKey.foldPhone(query, queryKey);
        case EMAIL -> {}
      }
    }

    ConflictHit bestHit(ConflictCandidate candidate) {
      bestQuality = null;
      bestField = null;
      switch (kind) {
        case NAME -> {
          compareNames(candidate.names());
          compareHandles(candidate.handles(), queryRunTogether, false);
        }
        case HANDLE -> {
          compareHandles(candidate.handles(), queryKey, true);
          compareNamesRunTogether(candidate.names());
        }
        case EMAIL -> compareEmails(candidate.emails());
        case PHONE -> comparePhones(candidate.phones());
      }
      return bestQuality == null ? null : new ConflictHit(candidate, bestField, bestQuality);
    }

    private void compareNames(List<String> names) {
      for (int i = 0; i < names.size() && !isExact(); i++) {
        storedName.load(names.get(i));
        offer(comparer.names(queryName, storedName), nameField(i));
      }
    }

    private void compareNamesRunTogether(List<String> names) {
      for (int i = 0; i < names.size() && !isExact(); i++) {
        SearchKey.foldName(names.get(i), stored, false);
        offer(comparer.handles(queryRunTogether, stored), nameField(i));
      }
    }

    private void compareHandles(List<String> handles, TextBuffer query, boolean keepSeparators) {
      for (int i = 0; i < handles.size() && !isExact(); i++) {
        SearchKey.foldHandle(handles.get(i), stored, keepSeparators);
        offer(comparer.handles(query, stored), ConflictHit.HANDLE);
      }
    }

    private void compareEmails(List<String> emails) {
      for (int i = 0; i < emails.size() && !isExact(); i++) {
        offer(
            comparer.emails(queryEmail, SearchKey.normalizeEmail(emails.get(i))),
            ConflictHit.EMAIL);
      }
    }

    private void comparePhones(List<String> phones) {
      for (int i = 0; i < phones.size() && !isExact(); i++) {
        SearchKey.foldPhone(phones.get(i), stored);
        offer(comparer.phones(queryKey, stored), ConflictHit.PHONE);
      }
    }

    private void offer(MatchQuality quality, String field) {
      if (quality != null && (bestQuality == null || quality.compareTo(bestQuality) < 0)) {
        bestQuality = quality;
        bestField = field;
      }
    }

    private boolean isExact() {
      return bestQuality == MatchQuality.EXACT;
    }

    private static String nameField(int index) {
      return index == 0 ? ConflictHit.NAME : ConflictHit.ALIAS;
    }
  }
}
