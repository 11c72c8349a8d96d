package org.recourse.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.recourse.shared.Settings;

/**
 * The one field cipher of the installation: its key from {@code recourse.field.key} / {@code
 * RECOURSE_FIELD_KEY} (base64 of 32 bytes), or in development a key file created under the data
 * directory, with a warning.
 */
@ApplicationScoped
public class FieldCipherProducer {

  /** A pseudo-scoped singleton: the cipher is final and thread-safe, so it needs no proxy. */
  @Produces
  @Singleton
  FieldCipher fieldCipher() {
    Optional<String> configured = Settings.optional("recourse.field.key", "RECOURSE_FIELD_KEY");
    Path devKey = Settings.dataDirectory().resolve("keys").resolve("field.key");
    return new FieldCipher(FieldKeys.loadOrCreate(configured, devKey));
  }
}
