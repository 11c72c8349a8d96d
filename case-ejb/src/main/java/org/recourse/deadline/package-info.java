/**
 * Deadlines of cases and removal requests: {@link org.recourse.deadline.DeadlineEngine} attaches to
 * a case the deadlines its jurisdictions' rules (from the law library) set and recomputes them when
 * the case's facts or the law change ({@link org.recourse.deadline.DeadlineRecomputation} observes
 * {@link org.recourse.casefile.CaseFactsChanged} and {@link org.recourse.law.LawChanged}), logging
 * each move; {@link org.recourse.deadline.DeadlineCalculator}, plain Java, computes one deadline
 * from a rule and {@link org.recourse.deadline.CaseFacts} with a sentence a person can check; the
 * services list a user's deadlines, serve them as a calendar feed and mail reminders before they
 * fall due. A fact the case lacks is named, never guessed.
 */
package org.recourse.deadline;
