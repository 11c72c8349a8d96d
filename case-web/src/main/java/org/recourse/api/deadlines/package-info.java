/** {@code /deadlines}: the caller's deadlines across cases; closing one. */
package org.recourse.api.deadlines;
