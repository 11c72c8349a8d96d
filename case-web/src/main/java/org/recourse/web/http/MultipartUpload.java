package org.recourse.web.http;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.evidence.EvidenceViews.ClientUploadView;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.Ingestor;
import org.recourse.evidence.UploadBody;
import org.recourse.evidence.UploadPart;
import org.recourse.shared.InvalidInputException;

/**
 * A {@code multipart/form-data} request read as a stream, for the API and the case page alike: each
 * part is handed on as it arrives, so the part {@code file} goes straight into the vault (never
 * buffered in memory or written to a temporary file, which the container's own multipart handling
 * would do). What the parts mean, and the clean-up when they are refused, is {@link
 * EvidenceIntake}'s.
 */
public final class MultipartUpload implements UploadBody {

  /** Room for the multipart headers and capture facts around the file. */
  private static final long ENVELOPE_BYTES = 1 << 20;

  private final HttpServletRequest request;
  private FileItemInputIterator parts;

  /** The body of {@code request}; nothing is read until the intake opens it. */
  public MultipartUpload(HttpServletRequest request) {
    this.request = request;
  }

  /** The largest request body that can carry a file of {@code maxFileBytes}. */
  public static long largestBody(long maxFileBytes) {
    return maxFileBytes + ENVELOPE_BYTES;
  }

  /** Whether a request carries a multipart body at all. */
  public static boolean isMultipart(HttpServletRequest request) {
    return JakartaServletFileUpload.isMultipartContent(request);
  }

  /**
   * Receives the request's file with its capture facts into a case; a body cut off or not readable
   * as multipart is refused as incomplete.
   */
  public static EvidenceView receive(HttpServletRequest request, long caseId, EvidenceIntake intake)
      throws IOException {
    try {
      return intake.receive(caseId, new MultipartUpload(request), request.getRemoteAddr());
    } catch (FileUploadException e) {
      throw incomplete();
    }
  }

  /**
   * Receives the request's file, with the client's description, into the client's own case (the
   * portal's upload); refused as {@link #receive} refuses.
   */
  public static ClientUploadView receiveFromClient(
      HttpServletRequest request, long caseId, EvidenceIntake intake) throws IOException {
    return receiveFromClient(new MultipartUpload(request), request, caseId, intake);
  }

  /**
   * As {@link #receiveFromClient(HttpServletRequest, long, EvidenceIntake)}, reading {@code body}.
   */
  public static ClientUploadView receiveFromClient(
      UploadBody body, HttpServletRequest request, long caseId, EvidenceIntake intake)
      throws IOException {
    try {
      return intake.receiveFromClient(caseId, body, request.getRemoteAddr());
    } catch (FileUploadException e) {
      throw incomplete();
    }
  }

  @Override
  public void open(long maxFileBytes) throws IOException {
    if (!isMultipart(request)) {
      throw new InvalidInputException(
          "file", "Send the file as multipart/form-data, in the part named 'file'");
    }
    if (request.getContentLengthLong() > largestBody(maxFileBytes)) {
      throw new EvidenceRejectedException(Reason.TOO_LARGE, Ingestor.tooLargeMessage(maxFileBytes));
    }
  }

  @Override
  public UploadPart next() throws IOException {
    try {
      if (parts == null) {
        parts = new JakartaServletFileUpload<>().getItemIterator(request);
      }
      if (!parts.hasNext()) {
        return null;
      }
      FileItemInput part = parts.next();
      return new UploadPart(
          part.getFieldName(), !part.isFormField(), part.getName(), part.getInputStream());
    } catch (FileUploadException e) {
      throw incomplete();
    } catch (InvalidPathException e) {
      // The multipart parser refuses a file name with a NUL in it ("a.png\0.html").
      throw new InvalidInputException(
          "file", "The file's name contains a character that is not allowed (NUL)");
    }
  }

  private static EvidenceRejectedException incomplete() {
    return new EvidenceRejectedException(
        Reason.INCOMPLETE,
        "The upload could not be read as multipart/form-data (was it cut off?); send it again.");
  }
}
