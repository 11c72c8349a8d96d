/**
 * The development TSA's HTTP endpoint ({@code /dev-tsa}), served only when the development TSA is
 * enabled; the timestamps themselves are {@code org.recourse.timestamp}'s.
 */
package org.recourse.web.timestamp;
