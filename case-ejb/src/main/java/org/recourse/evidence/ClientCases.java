package org.recourse.evidence;

/**
 * Which case the calling client (realm role {@code client}) may add evidence to and read their own
 * uploads of: the one their portal account is linked to. The portal knows that link and implements
 * this; the vault asks before a byte of a client's upload is read, and again before it is recorded.
 */
public interface ClientCases {

  /**
   * Refuses, as {@link org.recourse.shared.NotFoundException} worded as for a case that does not
   * exist, any case that is not the calling client's own.
   */
  void checkOwn(long caseId);
}
