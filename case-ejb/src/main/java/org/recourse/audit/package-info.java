/**
 * The access log: an append-only, hash-chained record of every delivery of a victim's identity or
 * of sensitive evidence to a person, and of every refused authorisation. Administrators filter,
 * export and verify it; nobody can change it through the application. Rows name users, roles, case
 * and item ids and short fixed details, never a victim's name, contact details or evidence content,
 * so the log itself is not a second copy of what it protects.
 */
package org.recourse.audit;
