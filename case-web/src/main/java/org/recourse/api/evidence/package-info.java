/**
 * The evidence vault over HTTP: uploads, metadata, downloads, previews, custody, matches, exports.
 */
package org.recourse.api.evidence;
