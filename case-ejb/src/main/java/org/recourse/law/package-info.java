/**
 * The law library: jurisdictions (with their zone and holiday calendar, {@link
 * org.recourse.law.BusinessCalendars}), statutes with citation and source, and the deadline rules
 * they set, all as data an administrator can correct, with the vocabulary rules are stated in
 * ({@link org.recourse.law.Trigger}, {@link org.recourse.law.OffsetUnit}, {@link
 * org.recourse.law.RuleDraft}, {@link org.recourse.law.RuleSpec}). A correction is announced as a
 * {@link org.recourse.law.LawChanged} event; the law knows nothing of cases or their deadlines.
 */
package org.recourse.law;
