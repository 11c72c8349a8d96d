package org.recourse.casefile;

import java.time.LocalDate;

/**
 * A case was opened, or the facts its deadlines count from may have changed (its dates, its
 * jurisdictions, the victim's date of birth). Fired synchronously inside the transaction of the
 * change, before it is flushed; the deadline feature observes it and recomputes the case's
 * deadlines, so a failed recomputation rolls the change back.
 *
 * @param caseFile the case, as just saved
 * @param victimDateOfBirth the victim's date of birth, or null if not recorded
 * @param by who made the change
 */
public record CaseFactsChanged(CaseFile caseFile, LocalDate victimDateOfBirth, String by) {}
