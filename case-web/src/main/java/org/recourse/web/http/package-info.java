/**
 * The HTTP edge that the pages' servlets and the API's resources share: reading a streamed
 * multipart upload into the part-by-part body the evidence intake takes, and the headers that hand
 * a file out as a download. It depends on the services it hands requests to, never on the page or
 * API packages that use it.
 */
package org.recourse.web.http;
