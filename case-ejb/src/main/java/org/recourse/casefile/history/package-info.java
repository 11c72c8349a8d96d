/**
 * The history of a case: what changed in it, when and by whom, field by field, read from the
 * revisions Hibernate Envers keeps of the case, its victim, people, team, deadlines, removal
 * requests and evidence metadata. The victim's identity and contact details are shown in the
 * history only to those who may see them on the case itself.
 */
package org.recourse.casefile.history;
