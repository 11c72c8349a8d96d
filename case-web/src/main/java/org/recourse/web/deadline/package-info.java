/** The deadline calendar: the user's open deadlines across their cases. */
package org.recourse.web.deadline;
