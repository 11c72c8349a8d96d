/**
 * Where evidence files live: each file encrypted with its own data key under a streaming AEAD
 * (Tink's AES-GCM-HKDF, 1 MiB segments), the data key wrapped by the installation's master key, the
 * case and item bound in as associated data, and the result stored under a random name in a {@link
 * org.recourse.evidence.vault.BlobStore}: a local folder, or an S3-compatible bucket that sees
 * ciphertext only. Plain Java, without the container, so the cryptography and the stores are
 * unit-tested and benchmarked on their own.
 */
package org.recourse.evidence.vault;
