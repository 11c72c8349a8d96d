/**
 * Privacy endpoints: the retention setting and the closed cases whose retention has ended
 * (administrators), the purge of such a case, and the victim's data export for access requests
 * (attorneys and advocates of the case team).
 */
package org.recourse.api.privacy;
