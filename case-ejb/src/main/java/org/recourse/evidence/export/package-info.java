/**
 * The evidence package a victim's advocate hands to police or a court. One ZIP holds every evidence
 * file of a case byte for byte as it was received, the chain of custody of each, a manifest (JSON
 * for systems, CSV for people with a spreadsheet) giving hashes, PDQ perceptual hashes and what is
 * known about how each file was captured, and a one-page PDF summary to print and sign. Every file
 * is checked against the SHA-256 recorded at intake while it is copied, so a package either proves
 * each file unchanged or is not produced at all. The writer is plain Java, streams straight to the
 * response and never puts a file on disk, because these are intimate images that must not be left
 * behind in temporary folders.
 */
package org.recourse.evidence.export;
