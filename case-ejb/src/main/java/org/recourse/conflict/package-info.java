/**
 * The conflict check: before a case is opened, the people already in Recourse are searched by name,
 * alias, online handle, email and phone, so that the organisation never acts for a victim and for
 * the person who harmed them. Matching forgives case, accents, word order and small typos, because
 * a missed conflict is far worse than a hit an advocate has to dismiss; every hit says how strong
 * it is and which field it came from, and a person decides.
 */
package org.recourse.conflict;
