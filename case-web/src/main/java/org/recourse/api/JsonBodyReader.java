package org.recourse.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.recourse.web.http.JsonBinder;

/**
 * Reads every JSON request body the API takes as a record (or a list of them) through {@link
 * JsonBinder}, in place of the container's JSON-B reader, which wraps numbers that do not fit,
 * accepts {@code null} for a boolean, and answers a body it cannot read with an exception whose
 * message repeats the value (a date of birth, say) into the server log. An application provider
 * takes precedence over the container's for the same media type.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonBinder.supports(genericType == null ? type : genericType);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return JsonBinder.read(entityStream, genericType == null ? type : genericType);
  }
}
