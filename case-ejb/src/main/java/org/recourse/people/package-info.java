/**
 * The people in a case: the victim (the client, known by a pseudonym; identity encrypted and shown
 * to the case team only), respondents, witnesses and other counsel, and the conflict check run
 * before a case is opened.
 */
package org.recourse.people;
