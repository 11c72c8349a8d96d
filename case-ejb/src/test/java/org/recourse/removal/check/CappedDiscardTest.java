package org.recourse.removal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class CappedDiscardTest {

  /** Records what the subscriber asks of the connection. */
  private static final class Recording implements Flow.Subscription {
    int requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }

  private static List<ByteBuffer> bytes(int count) {
    return List.of(ByteBuffer.allocate(count));
  }

  @Test
  void stopsReceivingOnceTheCapIsReached() {
    CappedDiscard body = new CappedDiscard(2_500);
    Recording connection = new Recording();
    body.onSubscribe(connection);

    body.onNext(bytes(1_000));
    body.onNext(bytes(1_000));
    assertFalse(connection.cancelled);
    body.onNext(bytes(1_000));

    assertTrue(connection.cancelled);
    assertEquals(3, connection.requested);
    assertEquals(3_000L, body.getBody().toCompletableFuture().join());
  }

  @Test
  void aShortBodyIsCountedToItsEnd() {
    CappedDiscard body = new CappedDiscard(10_000);
    Recording connection = new Recording();
    body.onSubscribe(connection);

    body.onNext(List.of(ByteBuffer.allocate(300), ByteBuffer.allocate(200)));
    body.onComplete();

    assertFalse(connection.cancelled);
    assertEquals(500L, body.getBody().toCompletableFuture().join());
  }

  @Test
  void aCapOfZeroReceivesNothing() {
    CappedDiscard body = new CappedDiscard(0);
    Recording connection = new Recording();

    body.onSubscribe(connection);

    assertTrue(connection.cancelled);
    assertEquals(0, connection.requested);
    assertEquals(0L, body.getBody().toCompletableFuture().join());
  }

  @Test
  void aFailureMidwayFailsTheBody() {
    CappedDiscard body = new CappedDiscard(10_000);
    body.onSubscribe(new Recording());

    body.onError(new IOException("connection reset"));

    CompletableFuture<Long> received = body.getBody().toCompletableFuture();
    assertTrue(received.isCompletedExceptionally());
  }
}
