/**
 * The deadline engine: plain Java, no container and no persistence, so that it can be tested alone
 * and fed later from the law library's stored statutes.
 *
 * <p>A {@link org.recourse.law.RuleSpec} says how a time limit is counted (from what, how long, in
 * what unit, whether it waits while the victim is a minor, or the later or earlier of two limits);
 * {@link org.recourse.deadline.CaseFacts} holds the dates a case has recorded; {@link
 * org.recourse.deadline.DeadlineCalculator} combines them into a {@link
 * org.recourse.deadline.ComputedDeadline} with a sentence a person can check. A limit that no
 * source confirms is stored without a number and never yields a date; a fact the case lacks is
 * named, never guessed.
 */
package org.recourse.deadline;
