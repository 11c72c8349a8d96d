/**
 * The JAX-RS application: its path, the access check every resource passes through, and the mapping
 * of every failure to one RFC 9457 problem document. Features add resources in sub-packages ({@code
 * org.recourse.api.<feature>}), with request and response records, never entities.
 */
package org.recourse.api;
