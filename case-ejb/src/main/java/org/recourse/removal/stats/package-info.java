/**
 * The figures an organisation publishes about its removal requests: per platform, how many requests
 * were sent in a period, how many led to removal, how long removal took at the median, and how many
 * were removed within the legal time limit where one applied (48 hours under the TAKE IT DOWN Act,
 * 47 U.S.C. § 223a(a)(3), for example). They are computed from outcomes alone, without any case
 * detail, and exported as CSV that is safe to open in a spreadsheet. Plain Java, no container.
 */
package org.recourse.removal.stats;
