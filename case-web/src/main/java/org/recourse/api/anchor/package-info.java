/** The anchors of the logs through the API (admin only); see {@code org.recourse.anchor}. */
package org.recourse.api.anchor;
