/**
 * The deadline feature's resources: {@code /deadlines} (the caller's deadlines across cases,
 * closing one), the personal calendar feed's address and rotation, and {@code POST /reminders/run}
 * (send the due deadline reminders now).
 */
package org.recourse.api.deadline;
