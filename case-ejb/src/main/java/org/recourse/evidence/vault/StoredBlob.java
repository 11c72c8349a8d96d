package org.recourse.evidence.vault;

/**
 * A file written to the vault.
 *
 * @param blobId the random name it is stored under
 * @param wrappedKey its data key, encrypted under the master key (base64); destroying this value
 *     makes the file unreadable for good (crypto-shredding)
 * @param storedBytes the size of the encrypted file
 */
public record StoredBlob(String blobId, String wrappedKey, long storedBytes) {}
