package org.recourse.timestamp;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.tsp.TimeStampRequest;

/**
 * Asks a TSA for a timestamp over HTTP (RFC 3161 § 3.4: POST of {@code
 * application/timestamp-query}, answer {@code application/timestamp-reply}), with a fresh 64-bit
 * nonce and the TSA's certificate requested, and keeps the answer only if {@link TimestampTokens}
 * accepts it.
 */
public final class TsaClient {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  /** A token with its certificate chain is a few KiB; anything far larger is not a TSA's reply. */
  static final int MAX_REPLY_BYTES = 64 * 1024;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URI url;
  private final Optional<String> authorization;
  private final List<X509Certificate> trusted;
  private final List<X509Certificate> developmentRoots;

  public TsaClient(
      URI url,
      Optional<String> user,
      Optional<String> password,
      List<X509Certificate> trusted,
      List<X509Certificate> developmentRoots) {
    this.url = url;
    this.authorization =
        user.map(
            name ->
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (name + ":" + password.orElse("")).getBytes(StandardCharsets.UTF_8)));
    this.trusted = List.copyOf(trusted);
    this.developmentRoots = List.copyOf(developmentRoots);
  }

  /** A checked timestamp of a SHA-256 digest. */
  public Stamp stamp(byte[] sha256) throws TsaUnreachableException, TimestampRejectedException {
    TimeStampRequest request = TimestampTokens.request(sha256, new BigInteger(64, RANDOM));
    byte[] reply;
    try {
      reply = post(request.getEncoded());
    } catch (IOException e) {
      throw new TsaUnreachableException("The TSA at " + url + " cannot be reached", e);
    }
    return TimestampTokens.accept(request, reply, trusted, developmentRoots);
  }

  private byte[] post(byte[] body) throws IOException, TsaUnreachableException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/timestamp-query")
            .header("Accept", "application/timestamp-reply")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    authorization.ifPresent(value -> request.header("Authorization", value));
    HttpResponse<InputStream> response;
    try {
      response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TsaUnreachableException("Interrupted while asking the TSA at " + url, e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new TsaUnreachableException(
            "The TSA at " + url + " answered HTTP " + response.statusCode(), null);
      }
      byte[] reply = in.readNBytes(MAX_REPLY_BYTES + 1);
      if (reply.length > MAX_REPLY_BYTES) {
        throw new TsaUnreachableException(
            "The TSA at " + url + " sent a reply over " + MAX_REPLY_BYTES + " bytes", null);
      }
      return reply;
    }
  }
}
