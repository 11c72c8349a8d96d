/** The law library: jurisdictions now; statutes, deadline rules and calendars as they arrive. */
package org.recourse.law;
