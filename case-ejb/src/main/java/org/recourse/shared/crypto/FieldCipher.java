package org.recourse.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts and decrypts single text fields with AES-256-GCM, so that each stored value is both
 * secret and tamper-evident.
 *
 * <p>A stored value is the standard base64 (with padding) of one byte of format version ({@value
 * #FORMAT_VERSION}), a 12-byte initialization vector drawn at random for every encryption, and the
 * ciphertext followed by the 16-byte authentication tag. A fresh IV each time means the same name
 * encrypts differently every time, so equal values cannot be spotted in the database; with random
 * 96-bit IVs one key stays within NIST SP 800-38D's limit of 2<sup>32</sup> encryptions, far above
 * what a case-management database writes. The version byte and the optional associated data (such
 * as the column name, {@code "victim.legal_name"}) are authenticated, so a value copied into
 * another column or a value whose version byte was changed fails to decrypt.
 *
 * <p>Thread-safe: a {@link Cipher} is made for each call.
 */
public final class FieldCipher {

  /** The first byte of every stored value. */
  public static final int FORMAT_VERSION = 1;

  /** AES-256. */
  public static final int KEY_BYTES = 32;

  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final int MIN_STORED_BYTES = 1 + IV_BYTES + TAG_BITS / 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String BLIND_INDEX_LABEL = "recourse blind index v1";

  private final SecretKeySpec key;
  private final SecretKeySpec blindIndexKey;

  /**
   * @param key the 32-byte AES key; it is copied, so the caller may wipe its array
   * @throws IllegalArgumentException if the key is not 32 bytes long
   */
  public FieldCipher(byte[] key) {
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("A field key must be " + KEY_BYTES + " bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key, "AES");
    this.blindIndexKey = new SecretKeySpec(hmac(key, BLIND_INDEX_LABEL), "HmacSHA256");
  }

  /**
   * A keyed hash of {@code value} for a blind index: the first 8 bytes of HMAC-SHA-256 under a key
   * derived from the field key (so equal values can be found without storing them, and without the
   * key a hash says nothing about the value). Thread-safe.
   */
  public long blindIndex(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(blindIndexKey);
      return ByteBuffer.wrap(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))).getLong();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  private static byte[] hmac(byte[] key, String label) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  /**
   * A cipher for the key in standard base64.
   *
   * @throws IllegalArgumentException if the text is not base64 of 32 bytes
   */
  public static FieldCipher fromBase64(String base64Key) {
    if (base64Key == null) {
      throw new IllegalArgumentException("No field key given");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The field key is not valid base64");
    }
    try {
      return new FieldCipher(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Encrypts a value without associated data; {@code null} stays {@code null}. */
  public String encrypt(String plaintext) {
    return encrypt(plaintext, null);
  }

  /**
   * Encrypts a value bound to {@code associatedData}, which must be given again to decrypt it;
   * {@code null} plaintext stays {@code null}.
   */
  public String encrypt(String plaintext, String associatedData) {
    if (plaintext == null) {
      return null;
    }
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, associatedData);
      ByteBuffer stored = ByteBuffer.allocate(1 + IV_BYTES + cipher.getOutputSize(input.length));
      stored.put((byte) FORMAT_VERSION).put(iv);
      cipher.doFinal(ByteBuffer.wrap(input), stored);
      return Base64.getEncoder().encodeToString(stored.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption is not available", e);
    } finally {
      Arrays.fill(input, (byte) 0);
    }
  }

  /**
   * Decrypts a value stored without associated data; {@code null} stays {@code null}.
   *
   * @throws FieldDecryptionException if the value cannot be decrypted and authenticated
   */
  public String decrypt(String stored) {
    return decrypt(stored, null);
  }

  /**
   * Decrypts a value stored with {@code associatedData}; {@code null} stays {@code null}.
   *
   * @throws FieldDecryptionException if the value cannot be decrypted and authenticated with this
   *     key and this associated data
   */
  public String decrypt(String stored, String associatedData) {
    if (stored == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(stored);
    } catch (IllegalArgumentException e) {
      throw new FieldDecryptionException("Stored field is not base64");
    }
    if (bytes.length < MIN_STORED_BYTES) {
      throw new FieldDecryptionException("Stored field is too short to be encrypted");
    }
    if (bytes[0] != FORMAT_VERSION) {
      throw new FieldDecryptionException(
          "Stored field has unknown format version " + Byte.toUnsignedInt(bytes[0]));
    }
    byte[] plaintext;
    try {
      Cipher cipher =
          cipher(Cipher.DECRYPT_MODE, Arrays.copyOfRange(bytes, 1, 1 + IV_BYTES), associatedData);
      plaintext = cipher.doFinal(bytes, 1 + IV_BYTES, bytes.length - 1 - IV_BYTES);
    } catch (AEADBadTagException e) {
      throw new FieldDecryptionException(
          "Stored field failed authentication: wrong key, wrong associated data or altered value");
    } catch (GeneralSecurityException e) {
      throw new FieldDecryptionException("Stored field could not be decrypted", e);
    }
    try {
      return new String(plaintext, StandardCharsets.UTF_8);
    } finally {
      Arrays.fill(plaintext, (byte) 0);
    }
  }

  private Cipher cipher(int mode, byte[] iv, String associatedData)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance(TRANSFORMATION);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(new byte[] {FORMAT_VERSION});
    if (associatedData != null) {
      cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
    }
    return cipher;
  }
}
