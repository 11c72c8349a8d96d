package org.recourse.removal.check;

import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Receives a response body without keeping any of it: the bytes are counted and dropped, and once
 * the cap is reached the subscription is cancelled, which closes the connection. The body of a
 * content address is the intimate image itself, so none of it may stay in memory or reach a log.
 * The body completes with the number of bytes received, which may exceed the cap by at most the
 * last batch the client delivered.
 */
final class CappedDiscard implements BodySubscriber<Long> {

  private final long cap;
  private final CompletableFuture<Long> received = new CompletableFuture<>();
  private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
  private volatile ResponseInfo responseInfo;
  private long count;

  CappedDiscard(long cap) {
    this.cap = cap;
  }

  /** The body handler: remembers the status and headers, which arrive before the body. */
  BodySubscriber<Long> attach(ResponseInfo info) {
    this.responseInfo = info;
    return this;
  }

  /** The status and headers, or null while they have not arrived. */
  ResponseInfo responseInfo() {
    return responseInfo;
  }

  /** Stops receiving; safe from any thread and more than once. */
  void cancel() {
    Flow.Subscription current = subscription.get();
    if (current != null) {
      current.cancel();
    }
  }

  @Override
  public CompletionStage<Long> getBody() {
    return received;
  }

  @Override
  public void onSubscribe(Flow.Subscription newSubscription) {
    if (!subscription.compareAndSet(null, newSubscription)) {
      newSubscription.cancel();
      return;
    }
    if (cap <= 0) {
      newSubscription.cancel();
      received.complete(0L);
    } else {
      newSubscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (received.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      count += buffer.remaining();
      buffer.position(buffer.limit());
    }
    if (count >= cap) {
      subscription.get().cancel();
      received.complete(count);
    } else {
      subscription.get().request(1);
    }
  }

  @Override
  public void onError(Throwable failure) {
    received.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    received.complete(count);
  }
}
