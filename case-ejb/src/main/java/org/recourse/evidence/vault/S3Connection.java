package org.recourse.evidence.vault;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Where an S3-compatible evidence bucket is and how to sign in to it. Its {@link #toString()} never
 * shows the keys.
 *
 * @param endpoint the server's URL; empty for AWS itself
 * @param bucket the bucket, which must exist
 * @param region the signing region (S3-compatible servers mostly accept any, e.g. us-east-1)
 * @param accessKey with {@code secretKey}, the static credentials; empty for the SDK's default
 *     chain (environment, profile, instance role)
 * @param pathStyle addresses the bucket as {@code <endpoint>/<bucket>} rather than as a host name
 *     (most self-hosted servers need it)
 */
public record S3Connection(
    Optional<URI> endpoint,
    String bucket,
    String region,
    Optional<String> accessKey,
    Optional<String> secretKey,
    boolean pathStyle) {

  public S3Connection {
    Objects.requireNonNull(endpoint);
    Objects.requireNonNull(accessKey);
    Objects.requireNonNull(secretKey);
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("An S3 evidence store needs a bucket");
    }
    if (region == null || region.isBlank()) {
      throw new IllegalArgumentException("An S3 evidence store needs a region");
    }
    if (accessKey.isPresent() != secretKey.isPresent()) {
      throw new IllegalArgumentException(
          "An S3 evidence store needs both an access key and a secret key, or neither");
    }
  }

  /**
   * A client for the bucket over the JDK's own HTTP connection. Checksums are sent and checked only
   * where S3 requires them, as S3-compatible servers do not all accept the trailing checksums the
   * SDK sends by default; every segment the vault reads back is authenticated anyway.
   */
  public S3Client client() {
    var builder =
        S3Client.builder()
            // A builder, not a client: the SDK then owns the HTTP client and closes it with its
            // own.
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.of(region))
            .forcePathStyle(pathStyle)
            .credentialsProvider(credentials())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    endpoint.ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private AwsCredentialsProvider credentials() {
    if (accessKey.isPresent() && secretKey.isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  @Override
  public String toString() {
    return "bucket "
        + bucket
        + endpoint
            .map(uri -> " at " + uri.getScheme() + "://" + uri.getHost() + port(uri))
            .orElse(" on AWS")
        + " (region "
        + region
        + (pathStyle ? ", path-style" : "")
        + (accessKey.isPresent() ? ", static credentials" : ", default credentials")
        + ")";
  }

  /** The endpoint's port if it names one; never its user part or path (they may hold secrets). */
  private static String port(URI uri) {
    return uri.getPort() < 0 ? "" : ":" + uri.getPort();
  }
}
