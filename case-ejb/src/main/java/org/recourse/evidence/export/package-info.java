/**
 * The evidence package a victim's advocate hands to police or a court. One ZIP holds every evidence
 * file of a case byte for byte as it was received, the chain of custody of each, a manifest (JSON
 * for systems, CSV for people with a spreadsheet) giving hashes, PDQ perceptual hashes and what is
 * known about how each file was captured, and a one-page PDF summary to print and sign. Every file
 * is checked against the SHA-256 recorded at intake while it is copied, so a package either proves
 * each file unchanged or is not produced at all. The writer is plain Java, streams straight to the
 * response and never puts a file on disk, because these are intimate images that must not be left
 * behind in temporary folders. {@link org.recourse.evidence.export.EvidenceExports} prepares a
 * package for those allowed to export it and hands it out as a {@link
 * org.recourse.evidence.export.PackageDownload}, which records the package's SHA-256 on every
 * item's chain of custody once it is written. This package builds on the evidence vault; the vault
 * knows nothing of it.
 */
package org.recourse.evidence.export;
