package org.recourse.timestamp;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * The development TSA as the application serves it at {@code /dev-tsa}, only when {@code
 * recourse.timestamp.dev-tsa} is true. Open to anyone who reaches the server, as a TSA is: it signs
 * hashes it is sent, with the server's clock, and learns nothing of the evidence.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DevelopmentTsaService {

  @Inject private TimestampAuthority authority;
  @Inject private Clock clock;

  /**
   * The reply to a DER request; empty when the development TSA is not enabled.
   *
   * @throws MalformedTimestampRequestException if the body is not a time-stamp request
   */
  public Optional<byte[]> reply(byte[] request) throws MalformedTimestampRequestException {
    Optional<DevelopmentTsa> tsa = authority.developmentTsa();
    if (tsa.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(tsa.get().reply(request, clock.instant()));
    } catch (IllegalArgumentException e) {
      throw new MalformedTimestampRequestException(e);
    }
  }
}
