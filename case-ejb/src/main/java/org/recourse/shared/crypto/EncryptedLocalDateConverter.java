package org.recourse.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores a date encrypted as its ISO text ("2001-04-05"), exactly as {@link
 * EncryptedStringConverter} stored it when the date was kept as a string, so existing rows read
 * unchanged and no migration is needed.
 */
@Converter
public class EncryptedLocalDateConverter implements AttributeConverter<LocalDate, String> {

  private final EncryptedStringConverter text = new EncryptedStringConverter();

  @Override
  public String convertToDatabaseColumn(LocalDate date) {
    return date == null ? null : text.convertToDatabaseColumn(date.toString());
  }

  @Override
  public LocalDate convertToEntityAttribute(String stored) {
    return stored == null ? null : LocalDate.parse(text.convertToEntityAttribute(stored));
  }
}
