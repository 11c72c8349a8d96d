/**
 * The in-memory search structure behind look-alike matching: every stored image's PDQ hash and
 * every stored video frame's, in primitive arrays, found by multi-index hashing so that one probe
 * touches a few thousand of a million hashes instead of all of them. It knows hashes, item ids and
 * case ids only; who may see which case is decided by the caller.
 */
package org.recourse.evidence.index;
