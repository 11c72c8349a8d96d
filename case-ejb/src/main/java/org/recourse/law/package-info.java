/**
 * The law library: jurisdictions (with their zone and holiday calendar), statutes with citation and
 * source, and the deadline rules they set, all as data an administrator can correct.
 */
package org.recourse.law;
