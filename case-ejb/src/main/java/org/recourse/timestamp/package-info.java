/**
 * Trusted timestamps (RFC 3161): a time-stamping authority (TSA) signs the SHA-256 of every
 * evidence item when it is received, so anyone holding the token can show, without trusting
 * Recourse or its database, that the file existed in this form at the TSA's time. {@link
 * org.recourse.timestamp.TsaClient} asks a TSA over HTTP and checks its answer ({@link
 * org.recourse.timestamp.TimestampTokens}); {@link org.recourse.timestamp.ItemTimestamps} records
 * each item's token after its receipt has committed and retries those the TSA could not stamp;
 * {@link org.recourse.timestamp.DevelopmentTsa} is the local TSA of development and tests, which is
 * labelled as such everywhere because it proves nothing to an outsider. This package knows items
 * only by id and hash; the anchoring of whole logs, which needs the evidence and audit chains,
 * builds on it in {@code org.recourse.anchor}.
 */
package org.recourse.timestamp;
