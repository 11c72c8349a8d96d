package org.recourse.evidence.vault;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server in the test's own JVM: S3Proxy over jclouds' filesystem backend in a
 * temporary folder, on a free local port, with SigV4 credentials as a real deployment would have,
 * and one client for it made by the same {@link S3Connection} the application uses.
 */
final class InJvmS3 implements AutoCloseable {

  static final String BUCKET = "evidence";
  private static final String ACCESS_KEY = "test-access";
  private static final String SECRET_KEY = "test-secret-never-logged";

  private final BlobStoreContext context;
  private final S3Proxy proxy;
  private final S3Connection connection;
  private final S3Client client;

  InJvmS3(Path folder) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("jclouds.filesystem.basedir", folder.toString());
    context =
        ContextBuilder.newBuilder("filesystem")
            .credentials("identity", "credential")
            .overrides(properties)
            .build(BlobStoreContext.class);
    context.getBlobStore().createContainerInLocation(null, BUCKET);
    proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      }
      Thread.sleep(10);
    }
    connection =
        new S3Connection(
            Optional.of(URI.create("http://127.0.0.1:" + proxy.getPort())),
            BUCKET,
            "us-east-1",
            Optional.of(ACCESS_KEY),
            Optional.of(SECRET_KEY),
            true);
    client = connection.client();
  }

  S3Connection connection() {
    return connection;
  }

  S3Client client() {
    return client;
  }

  @Override
  public void close() throws Exception {
    client.close();
    proxy.stop();
    context.close();
  }
}
