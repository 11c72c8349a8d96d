/**
 * The letters that ask a platform, a search engine or a regulator to take intimate images down. A
 * notice is a template with {@code {{name}}} placeholders, filled from the case and checked against
 * what the law it relies on requires a valid notice to contain (for the TAKE IT DOWN Act, 47 U.S.C.
 * § 223a(a)(1)(B); for the DMCA, 17 U.S.C. § 512(c)(3)(A); for the EU Digital Services Act, Art.
 * 16(2) of Regulation (EU) 2022/2065), because a notice that lacks one of those elements may never
 * start the platform's clock. The filled notice is plain text for e-mail and web forms, and a PDF
 * for platforms that want a signed letter. Everything here is plain Java without the container.
 */
package org.recourse.removal.notice;
