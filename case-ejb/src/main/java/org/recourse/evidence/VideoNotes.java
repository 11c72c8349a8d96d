package org.recourse.evidence;

/**
 * What an item says when its video could not be analysed, for the people working the case: that the
 * file is kept and hashed, and what the decoder refused, in its own words (which name the failure,
 * never the content).
 */
final class VideoNotes {

  /** The longest note the item stores. */
  private static final int MAX_LENGTH = 500;

  private VideoNotes() {}

  /** The note for a video that could not be analysed; {@code reason} may be null. */
  static String failed(String reason) {
    String why =
        reason == null || reason.isBlank()
            ? "an unexpected error in the analysis"
            : reason.strip().replaceAll("\\s+", " ");
    String note =
        "This video could not be analysed: "
            + why
            + ". The file is stored and its SHA-256 recorded, but it has no frame hashes or"
            + " previews.";
    return note.length() <= MAX_LENGTH ? note : note.substring(0, MAX_LENGTH);
  }
}
