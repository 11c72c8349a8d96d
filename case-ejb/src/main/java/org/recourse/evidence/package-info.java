/**
 * The evidence vault: files received into a case are hashed (SHA-256, MD5) and encrypted as they
 * stream in, images get a PDQ perceptual hash computed here so they never leave the organisation,
 * every handling is appended to a hash-chained custody log, previews are blurred until a permitted
 * user reveals one, and packages for police or court are exported with manifests and custody logs.
 * The services follow the use cases: {@link org.recourse.evidence.EvidenceIntake} receives a file,
 * {@link org.recourse.evidence.EvidenceService} reads, hands out and verifies, {@link
 * org.recourse.evidence.EvidenceMatching} finds look-alikes, and the exports build on all of it in
 * {@code evidence.export}; the queries are {@link org.recourse.evidence.EvidenceRepository}'s. A
 * client sends files into their own case through the portal ({@link
 * org.recourse.evidence.EvidenceIntake#receiveFromClient}) and sees only those, blurred ({@link
 * org.recourse.evidence.ClientUploads}); which case is theirs the portal answers ({@link
 * org.recourse.evidence.ClientCases}).
 */
package org.recourse.evidence;
