package org.recourse.casefile;

/**
 * The people of a case, or what identifies them (the victim's names, e-mail and phone; a person's
 * names, aliases, handles, e-mail and phone), were added, changed, removed or erased. Fired
 * synchronously inside the transaction of the change; the conflict check observes it and rewrites
 * the case's blind index, so a failed rewrite rolls the change back.
 *
 * @param caseId the case
 */
public record CasePartiesChanged(long caseId) {}
