package org.recourse.removal;

/** What a removal request points at. */
public enum ContentKind {
  IMAGE,
  VIDEO,
  PROFILE,
  POST,
  SEARCH_RESULT
}
