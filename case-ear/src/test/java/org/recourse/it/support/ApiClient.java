package org.recourse.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Calls the Recourse API as a demo user would from a script: a token from Keycloak's {@code
 * recourse-cli} client (password grant, development only), then bearer requests.
 */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String token;
  private final String sessionCookie;
  private final String appUrl;

  private ApiClient(String token) {
    this(token, null);
  }

  private ApiClient(String token, String sessionCookie) {
    this(token, sessionCookie, null);
  }

  private ApiClient(String token, String sessionCookie, String appUrl) {
    this.token = token;
    this.sessionCookie = sessionCookie;
    this.appUrl = appUrl;
  }

  /**
   * The same client, calling the application at another base URL (one node of a cluster rather than
   * the balancer), ending in a slash.
   */
  public ApiClient at(String appUrl) {
    return new ApiClient(token, sessionCookie, appUrl);
  }

  private String appUrl() {
    return appUrl == null ? TestEnvironment.appUrl() : appUrl;
  }

  /**
   * A client that sends a browser's session cookie and no token, as a browser does when another
   * site makes it send a request.
   */
  public static ApiClient withSessionCookieOnly(String jsessionId) {
    return new ApiClient(null, jsessionId);
  }

  /** The bearer token this client sends (null for none), for requests written by hand. */
  public String token() {
    return token;
  }

  /** A client signed in as the demo user of that name (password = username). */
  public static ApiClient as(String username) {
    KeycloakServer keycloak = TestEnvironment.keycloak();
    String form =
        form(
            Map.of(
                "grant_type",
                "password",
                "client_id",
                "recourse-cli",
                "username",
                username,
                "password",
                username));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    Reply reply = send(request);
    if (reply.status() != 200) {
      throw new IllegalStateException("No token for " + username + ": " + reply.body());
    }
    return new ApiClient(reply.json().getString("access_token"));
  }

  /** A client that sends the given token as it is, valid or not. */
  public static ApiClient withToken(String token) {
    TestEnvironment.keycloak(); // the server checks tokens against Keycloak's keys
    return new ApiClient(token);
  }

  /** A client with no token at all. */
  public static ApiClient anonymous() {
    TestEnvironment.keycloak();
    return new ApiClient(null);
  }

  public Reply get(String pathUnderApi) {
    return send(builder(appUrl() + "api/v1/" + pathUnderApi).GET().build());
  }

  /**
   * Opens a case for a synthetic client under US law, as the case team's tests need one; returns
   * its id.
   */
  public long newCase(String title, String pseudonym) {
    Reply created =
        post(
            "cases",
            "{\"title\": \""
                + title
                + "\", \"harmTypes\": [\"NON_CONSENSUAL_SHARING\"], \"victim\": {\"pseudonym\": \""
                + pseudonym
                + "\"}, \"jurisdictions\": [\"US\"]}");
    if (created.status() != 201) {
      throw new AssertionError("case not created: " + created.body());
    }
    return created.json().getJsonNumber("id").longValue();
  }

  public Reply post(String pathUnderApi, String json) {
    return send(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Reply put(String pathUnderApi, String json) {
    return send(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Reply patch(String pathUnderApi, String json) {
    return send(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public Reply delete(String pathUnderApi) {
    return send(builder(appUrl() + "api/v1/" + pathUnderApi).DELETE().build());
  }

  /**
   * A {@code multipart/form-data} POST: text parts, then the file in the part {@code file} (when
   * {@code fileName} is not null).
   */
  public Reply multipart(
      String pathUnderApi, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----recourse-it-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (fileName != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /**
   * A {@code multipart/form-data} POST whose file part is {@code size} bytes of {@code pattern}
   * repeated, generated while it is sent (never held in memory), with its length declared.
   */
  public Reply multipartOfSize(
      String pathUnderApi, Map<String, String> fields, String fileName, byte[] pattern, long size) {
    String boundary = "----recourse-it-" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    long length = before.length + size + after.length;
    java.util.function.Supplier<java.io.InputStream> body =
        () ->
            new java.io.SequenceInputStream(
                java.util.Collections.enumeration(
                    List.of(
                        new java.io.ByteArrayInputStream(before),
                        new RepeatingStream(pattern, size),
                        new java.io.ByteArrayInputStream(after))));
    return send(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(body), length))
            .build());
  }

  /** {@code size} bytes of a pattern repeated, made as they are read. */
  public static final class RepeatingStream extends java.io.InputStream {
    private final byte[] pattern;
    private final long size;
    private long position;

    public RepeatingStream(byte[] pattern, long size) {
      this.pattern = pattern.clone();
      this.size = size;
    }

    @Override
    public int read() {
      if (position >= size) {
        return -1;
      }
      return pattern[(int) (position++ % pattern.length)] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int count = (int) Math.min(length, size - position);
      for (int i = 0; i < count; i++) {
        buffer[offset + i] = pattern[(int) ((position + i) % pattern.length)];
      }
      position += count;
      return count;
    }
  }

  /** A POST of any body with the given content type, as it is (for malformed requests). */
  public Reply raw(String pathUnderApi, String contentType, byte[] body) {
    return send(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /**
   * Any request as it is: the method, the body with its content type (no body when {@code body} is
   * null), accepting JSON first and anything else (PDF, ZIP, CSV, images) after it.
   */
  public Reply send(String method, String pathUnderApi, String contentType, byte[] body) {
    HttpRequest.Builder request =
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .setHeader("Accept", "application/json, */*;q=0.5");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    return send(request.build());
  }

  /** A GET whose answer is kept as bytes, with its headers. */
  public BinaryReply getBytes(String pathUnderApi) {
    return sendForBytes(
        builder(appUrl() + "api/v1/" + pathUnderApi).setHeader("Accept", "*/*").GET().build());
  }

  /** A GET with the given Accept header, its answer kept as bytes. */
  public BinaryReply getBytes(String pathUnderApi, String accept) {
    return sendForBytes(
        builder(appUrl() + "api/v1/" + pathUnderApi).setHeader("Accept", accept).GET().build());
  }

  /** A JSON POST whose answer is kept as bytes (downloads such as export packages). */
  public BinaryReply postForBytes(String pathUnderApi, String json) {
    return sendForBytes(
        builder(appUrl() + "api/v1/" + pathUnderApi)
            .setHeader("Accept", "*/*")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static BinaryReply sendForBytes(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new BinaryReply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP answer kept as bytes. */
  public record BinaryReply(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public static Reply getAbsolute(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
  }

  private HttpRequest.Builder builder(String url) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (sessionCookie != null) {
      builder.header("Cookie", "JSESSIONID=" + sessionCookie);
    }
    return builder;
  }

  private static Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** One HTTP answer. */
  public record Reply(int status, String contentType, String body, String location) {
    Reply(int status, String contentType, String body) {
      this(status, contentType, body, null);
    }

    public jakarta.json.JsonArray jsonArray() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }
  }
}
