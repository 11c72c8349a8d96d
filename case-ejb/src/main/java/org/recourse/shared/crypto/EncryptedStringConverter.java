package org.recourse.shared.crypto;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a string column encrypted with the installation's field key (AES-256-GCM), so a copy of
 * the database alone does not reveal a victim's identity.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

  private volatile FieldCipher cipher;

  @Override
  public String convertToDatabaseColumn(String plaintext) {
    return plaintext == null ? null : cipher().encrypt(plaintext);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return stored == null ? null : cipher().decrypt(stored);
  }

  private FieldCipher cipher() {
    FieldCipher current = cipher;
    if (current == null) {
      current = CDI.current().select(FieldCipher.class).get();
      cipher = current;
    }
    return current;
  }
}
