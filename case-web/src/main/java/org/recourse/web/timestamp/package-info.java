/**
 * Trusted timestamps on the pages: the development TSA's HTTP endpoint ({@code /dev-tsa}, served
 * only when it is enabled) and the administration page's panel (TSA status, anchors, "Anchor now",
 * the anchor check). The timestamps themselves are {@code org.recourse.timestamp}'s and the anchors
 * {@code org.recourse.anchor}'s.
 */
package org.recourse.web.timestamp;
