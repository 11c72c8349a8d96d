package org.recourse.web.evidence;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.CaptureMethod;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceService;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.EvidenceViews.Staged;
import org.recourse.evidence.Ingestor;
import org.recourse.shared.InvalidInputException;

/**
 * Reads a {@code multipart/form-data} evidence upload as a stream, for the API and the case page
 * alike: the part {@code file} goes straight into the vault as it arrives (never buffered in memory
 * or written to a temporary file, which the container's own multipart handling would do), the other
 * parts are the capture facts ({@code sourceUrl}, {@code capturedAt}, {@code capturedBy}, {@code
 * method}, {@code description}). The facts may come before or after the file; if they are refused,
 * the stored file is removed again.
 */
public final class EvidenceUpload {

  /** The longest text part accepted. */
  private static final int MAX_FIELD_BYTES = 16 * 1024;

  /** Room for the multipart headers and capture facts around the file. */
  private static final long ENVELOPE_BYTES = 1 << 20;

  private EvidenceUpload() {}

  /** The largest request body that can carry a file of {@code maxFileBytes}. */
  public static long largestBody(long maxFileBytes) {
    return maxFileBytes + ENVELOPE_BYTES;
  }

  /** Whether a request carries a multipart body at all. */
  public static boolean isMultipart(HttpServletRequest request) {
    return JakartaServletFileUpload.isMultipartContent(request);
  }

  /** Receives one file with its capture facts into a case. */
  public static EvidenceView receive(
      HttpServletRequest request, long caseId, EvidenceService evidence) throws IOException {
    evidence.checkCanAdd(caseId);
    if (!isMultipart(request)) {
      throw new InvalidInputException(
          "file", "Send the file as multipart/form-data, in the part named 'file'");
    }
    long limit = evidence.maxUploadBytes();
    if (request.getContentLengthLong() > largestBody(limit)) {
      throw new EvidenceRejectedException(
          Reason.TOO_LARGE,
          "The file is larger than the limit of " + Ingestor.describe(limit) + ".");
    }
    Map<String, String> fields = new HashMap<>();
    Staged staged = null;
    try {
      FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        String name = part.getFieldName();
        if (!part.isFormField() || "file".equals(name)) {
          if (!"file".equals(name)) {
            throw new InvalidInputException(name, "Unexpected file part; send the file as 'file'");
          }
          if (staged != null) {
            throw new InvalidInputException("file", "Send one file per request");
          }
          try (InputStream content = part.getInputStream()) {
            staged = evidence.stage(caseId, part.getName(), content);
          }
        } else {
          fields.put(name, text(name, part));
        }
      }
    } catch (FileUploadException e) {
      discard(evidence, staged);
      throw new EvidenceRejectedException(
          Reason.INCOMPLETE,
          "The upload could not be read as multipart/form-data (was it cut off?); send it again.");
    } catch (InvalidPathException e) {
      // The multipart parser refuses a file name with a NUL in it ("a.png\0.html").
      discard(evidence, staged);
      throw new InvalidInputException(
          "file", "The file's name contains a character that is not allowed (NUL)");
    } catch (IOException | RuntimeException e) {
      discard(evidence, staged);
      throw e;
    }
    if (staged == null) {
      throw new InvalidInputException("file", "Choose a file to upload");
    }
    CaptureFacts facts;
    try {
      facts = captureFacts(fields, zone(fields.get("timeZone")));
    } catch (RuntimeException e) {
      discard(evidence, staged);
      throw e;
    }
    return evidence.commit(staged, facts, request.getRemoteAddr());
  }

  /**
   * The capture facts from text fields; {@code capturedAt} is an ISO-8601 instant or offset time,
   * or a local date-time read in {@code zone} (what a browser's date-time field sends).
   */
  static CaptureFacts captureFacts(Map<String, String> fields, ZoneId zone) {
    Map<String, String> errors = new LinkedHashMap<>();
    Instant capturedAt = null;
    String at = fields.get("capturedAt");
    if (at != null && !at.isBlank()) {
      try {
        capturedAt = parseInstant(at.strip(), zone);
      } catch (DateTimeParseException e) {
        errors.put("capturedAt", "Use a date and time such as 2026-11-20T14:05:00Z");
      }
    }
    CaptureMethod method = null;
    String methodText = fields.get("method");
    if (methodText != null && !methodText.isBlank()) {
      try {
        method = CaptureMethod.valueOf(methodText.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.put(
            "method",
            "One of "
                + Arrays.stream(CaptureMethod.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", ")));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new CaptureFacts(
        fields.get("sourceUrl"),
        capturedAt,
        fields.get("capturedBy"),
        method,
        fields.get("description"));
  }

  private static Instant parseInstant(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notOffset) {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    }
  }

  private static ZoneId zone(String name) {
    try {
      return name == null || name.isBlank() ? ZoneId.of("UTC") : ZoneId.of(name.strip());
    } catch (RuntimeException e) {
      return ZoneId.of("UTC");
    }
  }

  private static String text(String name, FileItemInput part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_FIELD_BYTES + 1);
      if (bytes.length > MAX_FIELD_BYTES) {
        throw new InvalidInputException(name, "Too long");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void discard(EvidenceService evidence, Staged staged) {
    if (staged != null) {
      evidence.discard(staged);
    }
  }
}
