/**
 * Evidence on the case page: streamed uploads, blurred previews and downloads through a servlet
 * (the files never pass through JSF state), and the evidence tab's backing bean.
 */
package org.recourse.web.evidence;
