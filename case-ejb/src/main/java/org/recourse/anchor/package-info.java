/**
 * Anchored logs: the heads of every custody log and of the access log are written into a manifest
 * that a time-stamping authority signs (on a schedule, default daily, and on demand). The chains
 * are unkeyed, so whoever can write the database could recompute them consistently; once a head is
 * anchored, the chain as stored must still pass through it, and {@link
 * org.recourse.anchor.AnchorService#verify()} reports any anchored head the stored chains no longer
 * reach. Builds on {@code timestamp} (the TSA), {@code evidence} (the custody logs) and {@code
 * audit} (the access log); nothing depends on it but the pages and the API.
 */
package org.recourse.anchor;
