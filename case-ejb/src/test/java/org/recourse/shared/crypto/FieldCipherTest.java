package org.recourse.shared.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

  private static final String LEGAL_NAME = "victim.legal_name";

  private final FieldCipher cipher = new FieldCipher(key(1));

  @ParameterizedTest
  @ValueSource(strings = {"Jane Smith", "Zoë Ñandú 👩", "2009-02-28", ""})
  void decryptingGivesBackWhatWasEncrypted(String plaintext) {
    assertEquals(plaintext, cipher.decrypt(cipher.encrypt(plaintext)));
    assertEquals(plaintext, cipher.decrypt(cipher.encrypt(plaintext, LEGAL_NAME), LEGAL_NAME));
  }

  @Test
  void storedValueHasVersionIvCiphertextAndTag() {
    String plaintext = "Zoë Ñandú 👩";

    byte[] stored = Base64.getDecoder().decode(cipher.encrypt(plaintext));

    assertEquals(FieldCipher.FORMAT_VERSION, stored[0]);
    assertEquals(1 + 12 + plaintext.getBytes(StandardCharsets.UTF_8).length + 16, stored.length);
  }

  @Test
  void storedValueDoesNotContainThePlaintext() {
    String stored = cipher.encrypt("Jane Smith");

    assertFalse(
        new String(Base64.getDecoder().decode(stored), StandardCharsets.ISO_8859_1)
            .contains("Jane"));
  }

  @Test
  void twoEncryptionsOfTheSameValueDiffer() {
    assertNotEquals(cipher.encrypt("Jane Smith"), cipher.encrypt("Jane Smith"));
  }

  @Test
  void wrongKeyFails() {
    String stored = cipher.encrypt("Jane Smith");

    assertThrows(FieldDecryptionException.class, () -> new FieldCipher(key(2)).decrypt(stored));
  }

  @Test
  void tamperedByteFails() {
    byte[] stored = Base64.getDecoder().decode(cipher.encrypt("Jane Smith"));
    for (int i = 0; i < stored.length; i++) {
      byte[] tampered = stored.clone();
      tampered[i] ^= 0x01;
      String text = Base64.getEncoder().encodeToString(tampered);

      assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(text), "byte " + i);
    }
  }

  @Test
  void truncatedOrMalformedValueFails() {
    String stored = cipher.encrypt("Jane Smith");

    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(stored.substring(0, 20)));
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt("not base64 at all!"));
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(""));
  }

  @Test
  void wrongAssociatedDataFails() {
    String stored = cipher.encrypt("Jane Smith", LEGAL_NAME);

    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(stored, "victim.email"));
    assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(stored));
  }

  @Test
  void failureMessageRevealsNeitherValueNorKey() {
    String stored = cipher.encrypt("Jane Smith", LEGAL_NAME);

    FieldDecryptionException failure =
        assertThrows(FieldDecryptionException.class, () -> cipher.decrypt(stored, "other"));

    assertFalse(failure.getMessage().contains("Jane"));
    assertFalse(failure.getMessage().contains(Base64.getEncoder().encodeToString(key(1))));
  }

  @Test
  void nullStaysNull() {
    assertNull(cipher.encrypt(null));
    assertNull(cipher.encrypt(null, LEGAL_NAME));
    assertNull(cipher.decrypt(null));
    assertNull(cipher.decrypt(null, LEGAL_NAME));
  }

  @Test
  void base64KeyWorksLikeTheBytes() {
    FieldCipher fromText = FieldCipher.fromBase64(Base64.getEncoder().encodeToString(key(1)));

    assertEquals("Jane Smith", fromText.decrypt(cipher.encrypt("Jane Smith")));
  }

  @Test
  void keyMustBe32Bytes() {
    assertThrows(IllegalArgumentException.class, () -> new FieldCipher(new byte[16]));
    assertThrows(IllegalArgumentException.class, () -> new FieldCipher(null));
    assertThrows(
        IllegalArgumentException.class,
        () -> FieldCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[31])));
    assertThrows(IllegalArgumentException.class, () -> FieldCipher.fromBase64("%%%"));
  }

  @Test
  void wipingTheCallersKeyArrayDoesNotAffectTheCipher() {
    byte[] key = key(3);
    FieldCipher keyed = new FieldCipher(key);
    String stored = keyed.encrypt("Jane Smith");

    Arrays.fill(key, (byte) 0);

    assertEquals("Jane Smith", keyed.decrypt(stored));
  }

  private static byte[] key(int seed) {
    byte[] key = new byte[FieldCipher.KEY_BYTES];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i * 7);
    }
    return key;
  }
}
