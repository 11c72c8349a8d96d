package org.recourse.web.law;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.recourse.law.LawLibraryDiff.ImportReport;
import org.recourse.law.LawLibraryDiff.LibraryChange;
import org.recourse.law.LawLibraryFile;
import org.recourse.law.LawLibraryService;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.FacesMessages;
import org.recourse.web.http.JsonBinder;

/**
 * The law library as a file on the administrators' law page: download the whole library, upload a
 * file, see what importing it would add, change or refuse (a dry run, nothing written), then import
 * it or not. Kept apart from {@link LawAdminView}, which edits one statute at a time, because the
 * upload needs its own multipart form and the two share nothing but the page.
 */
@Named
@ViewScoped
public class LawLibraryFileView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A library file larger than this is not one (the seeded library is a few hundred kB). */
  static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private static final String FILE_FIELD = "library:file";

  @EJB private LawLibraryService library;

  private transient Part upload;
  private LawLibraryFile pending;
  private ImportReport report;

  /** The whole library as a JSON file. */
  public StreamedContent export() {
    LawLibraryFile file = library.export();
    byte[] json;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      json = jsonb.toJson(file).getBytes(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("The law library could not be written as JSON", e);
    }
    return DefaultStreamedContent.builder()
        .name("law-library-" + file.exportedAt().toString().substring(0, 10) + ".json")
        .contentType("application/json")
        .contentLength((long) json.length)
        .stream(() -> new ByteArrayInputStream(json))
        .build();
  }

  /** Reads the uploaded file and shows what importing it would do; writes nothing. */
  public void dryRun() {
    pending = null;
    report = null;
    LawLibraryFile file = read();
    if (file == null) {
      return;
    }
    try {
      report = library.dryRun(file);
      pending = report.errors().isEmpty() ? file : null;
    } catch (InvalidInputException e) {
      refused(e.fieldErrors());
    }
  }

  /**
   * Imports the file of the dry run: all of it or nothing. On success the page is opened afresh, so
   * its lists show the imported law, with the result above them.
   */
  public String confirm() {
    if (pending == null) {
      FacesMessages.error("Upload a file and look at the dry run first.");
      return null;
    }
    try {
      ImportReport done = library.importFile(pending);
      FacesMessages.info(
          "Imported: "
              + done.added()
              + " added, "
              + done.changed()
              + " changed, "
              + done.unchanged()
              + " unchanged; deadlines of "
              + done.casesRecomputed()
              + " cases were recomputed.");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/admin/law.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      refused(e.fieldErrors());
      return null;
    } finally {
      pending = null;
      report = null;
    }
  }

  public void cancel() {
    pending = null;
    report = null;
  }

  private LawLibraryFile read() {
    if (upload == null || upload.getSize() == 0) {
      message("choose a law library file (JSON)");
      return null;
    }
    if (upload.getSize() > MAX_FILE_BYTES) {
      message("is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
      return null;
    }
    // The same strict reading as the API's: no wrapped numbers, no null for a boolean.
    try (InputStream in = upload.getInputStream()) {
      LawLibraryFile file =
          (LawLibraryFile)
              JsonBinder.read(
                  new ByteArrayInputStream(in.readNBytes((int) MAX_FILE_BYTES)),
                  LawLibraryFile.class);
      if (file == null) {
        message("is empty");
      }
      return file;
    } catch (InvalidInputException e) {
      refused(e.fieldErrors());
      return null;
    } catch (IOException e) {
      message("could not be read; upload it again");
      return null;
    }
  }

  private void refused(Map<String, String> errors) {
    errors.forEach((field, text) -> message(field + ": " + text));
  }

  private static void message(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(FILE_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The dry run's items that are not unchanged. */
  public List<LibraryChange> getChanges() {
    return report == null ? List.of() : report.items();
  }

  public ImportReport getReport() {
    return report;
  }

  /** Whether the dry run found nothing refused, so the file may be imported. */
  public boolean isImportable() {
    return pending != null;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }
}
