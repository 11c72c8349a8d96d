/** {@code POST /reminders/run}: send due deadline reminders now. */
package org.recourse.api.reminders;
