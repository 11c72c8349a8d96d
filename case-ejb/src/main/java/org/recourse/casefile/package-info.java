/**
 * Cases ({@link org.recourse.casefile.CaseFile}) and what is in them: their numbers, status
 * workflow, victim (known by a pseudonym; identity encrypted and shown to the case team only),
 * other people, team and notes, and the access rule that governs them all ({@link
 * org.recourse.casefile.CaseAccessService}): nobody but an administrator sees a case they are not
 * on the team of (see docs/ACCESS.md). Changes that move deadlines are announced as {@link
 * org.recourse.casefile.CaseFactsChanged} events, so the case knows nothing of deadlines.
 */
package org.recourse.casefile;
