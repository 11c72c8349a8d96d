package org.recourse.evidence.capture;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A connection to Chromium's DevTools protocol over a WebSocket (the JDK's client, messages in
 * JSON-P): commands are answered by id, events go to one handler. Sessions of attached targets are
 * addressed by their session id ("flat" mode), so one connection drives the browser and its page.
 */
final class DevTools implements AutoCloseable {

  /**
   * The largest message taken from the browser, in characters: a page's MHTML or screenshot comes
   * as one message, and a hostile page must not make the server hold an unbounded one. Past it the
   * connection is dropped and every pending command fails.
   */
  static final int MAX_MESSAGE_CHARS = 64 * 1024 * 1024;

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
  private final Consumer<JsonObject> events;
  private final WebSocket socket;

  private DevTools(URI endpoint, Consumer<JsonObject> events, Duration timeout) throws IOException {
    this.events = events;
    try {
      this.socket =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .build()
              .newWebSocketBuilder()
              .connectTimeout(timeout)
              .buildAsync(endpoint, new Listener())
              .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("DevTools connection failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  static DevTools connect(URI endpoint, Consumer<JsonObject> events, Duration timeout)
      throws IOException {
    return new DevTools(endpoint, events, timeout);
  }

  /** Sends a command, to the browser ({@code session} null) or to an attached target. */
  CompletableFuture<JsonObject> send(String session, String method, JsonObject params) {
    long id = ids.incrementAndGet();
    CompletableFuture<JsonObject> answer = new CompletableFuture<>();
    pending.put(id, answer);
    JsonObjectBuilder message =
        Json.createObjectBuilder().add("id", id).add("method", method).add("params", params);
    if (session != null) {
      message.add("sessionId", session);
    }
    synchronized (socket) {
      socket.sendText(message.build().toString(), true).join();
    }
    return answer;
  }

  /** Sends a command and waits for its result; an error answer or no answer in time throws. */
  JsonObject call(String session, String method, JsonObject params, Duration timeout)
      throws IOException {
    try {
      return send(session, method, params)
          .get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IOException(method + " did not answer in time");
    } catch (ExecutionException e) {
      throw new IOException(method + " failed: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  private void receive(String text) {
    JsonObject message;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      message = reader.readObject();
    }
    if (message.containsKey("id")) {
      CompletableFuture<JsonObject> answer =
          pending.remove(message.getJsonNumber("id").longValue());
      if (answer == null) {
        return;
      }
      if (message.containsKey("error")) {
        answer.completeExceptionally(
            new IOException(message.getJsonObject("error").getString("message", "error")));
      } else {
        answer.complete(message.getJsonObject("result"));
      }
    } else {
      events.accept(message);
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      if (partial.length() + data.length() > MAX_MESSAGE_CHARS) {
        partial.setLength(0);
        partial.trimToSize();
        IOException tooLarge =
            new IOException(
                "the browser sent more than 64 MB at once; the rendering was abandoned");
        pending.values().forEach(p -> p.completeExceptionally(tooLarge));
        webSocket.abort();
        return null;
      }
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        receive(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(p -> p.completeExceptionally(error));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      pending.values().forEach(p -> p.completeExceptionally(new IOException("closed")));
      return null;
    }
  }

  @Override
  public void close() {
    socket.abort();
  }
}
