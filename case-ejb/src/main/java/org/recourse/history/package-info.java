/**
 * The history of a case: what changed in it, when and by whom, field by field, read from the
 * revisions Hibernate Envers keeps of the case, its victim, people, team, deadlines, removal
 * requests and evidence metadata. The victim's identity and contact details are shown in the
 * history only to those who may see them on the case itself. This package sits above the features
 * it reads (casefile, deadline, removal, evidence, law) and none of them depends on it, so reading
 * their audited entities points one way only.
 */
package org.recourse.history;
