/**
 * Privacy pages: the administrators' retention page (the retention period, the closed cases whose
 * retention has ended, their purge) and the victim data export download behind the case page's
 * button.
 */
package org.recourse.web.privacy;
