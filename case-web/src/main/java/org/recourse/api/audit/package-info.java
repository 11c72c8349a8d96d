/** {@code /access-log}: the access log for administrators, filtered, as CSV, and verified. */
package org.recourse.api.audit;
