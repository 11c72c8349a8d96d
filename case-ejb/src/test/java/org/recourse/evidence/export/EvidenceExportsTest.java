package org.recourse.evidence.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.inject.Instance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.CaptureMethod;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyRecorder;
import org.recourse.evidence.EvidenceItem;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceStorage;
import org.recourse.evidence.vault.EvidenceVault;
import org.recourse.shared.NotPermittedException;
import org.recourse.timestamp.ItemTimestamps;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EvidenceExportsTest {

  private static final long CASE = 7;
  private static final byte[] FILE = {1, 2, 3, 4};
  private static final Instant NOW = Instant.parse("2031-03-02T09:00:00Z");

  @Mock private SessionContext session;
  @Mock private CaseService cases;
  @Mock private EvidenceStorage storage;
  @Mock private EvidenceRepository repository;
  @Mock private CustodyRecorder custody;
  @Mock private EvidenceExports self;
  @Mock private EvidenceVault vault;
  @Mock private Clock clock;
  @Mock private ItemTimestamps timestamps;
  @Mock private Instance<ExportAnchors> anchorFiles;
  @InjectMocks private EvidenceExports exports;

  private EvidenceItem item;

  @BeforeEach
  void oneItemInTheCase() throws IOException {
    Principal me = () -> "advocate";
    when(session.getCallerPrincipal()).thenReturn(me);
    when(session.getBusinessObject(EvidenceExports.class)).thenReturn(self);
    when(clock.instant()).thenReturn(NOW);
    when(clock.getZone()).thenReturn(ZoneOffset.UTC);
    when(storage.vault()).thenReturn(vault);
    when(vault.open(anyString(), anyString(), any()))
        .thenAnswer(call -> new ByteArrayInputStream(FILE));
    CaseFile caseFile = mock(CaseFile.class);
    when(caseFile.getId()).thenReturn(CASE);
    when(caseFile.getNumber()).thenReturn("2031-0001");
    item = mock(EvidenceItem.class);
    when(item.getId()).thenReturn("ev-1");
    when(item.getCaseFile()).thenReturn(caseFile);
    when(item.getFileName()).thenReturn("letter.pdf");
    when(item.getMediaType()).thenReturn("application/pdf");
    when(item.getSize()).thenReturn((long) FILE.length);
    when(item.getSha256()).thenReturn(sha256(FILE));
    when(item.getBlobId()).thenReturn("blob-1");
    when(item.getWrappedKey()).thenReturn("key-1");
    when(item.associatedData()).thenReturn(new byte[0]);
    when(item.capture()).thenReturn(new CaptureFacts(null, null, null, CaptureMethod.OTHER, null));
    when(repository.caseFile(CASE)).thenReturn(caseFile);
    when(repository.ofCaseOldestFirst(CASE)).thenReturn(List.of(item));
    when(repository.find("ev-1")).thenReturn(Optional.of(item));
    when(repository.custodyOf("ev-1")).thenReturn(List.of());
  }

  @Test
  void writingTheDownloadRecordsThePackageItWrote() throws IOException {
    when(cases.access(CASE)).thenReturn(access(true));
    PackageDownload download = exports.download(CASE, List.of(), "court", "10.0.0.1");
    verify(self, never()).recordExport(any(), any(), any(), any());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportJob.Written written = download.writeTo(out);

    assertEquals("evidence-2031-0001-" + NOW.getEpochSecond() + ".zip", download.fileName());
    assertEquals(out.size(), written.size());
    assertEquals(sha256(out.toByteArray()), written.sha256());
    verify(self)
        .recordExport(any(ExportJob.class), eq(download.fileName()), eq(written), eq("10.0.0.1"));
  }

  @Test
  void aPackageThatFailsToWriteIsNotRecorded() {
    when(cases.access(CASE)).thenReturn(access(true));
    PackageDownload download = exports.download(CASE, List.of(), null, "10.0.0.1");
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("the client went away");
          }
        };

    assertThrows(IOException.class, () -> download.writeTo(broken));

    verify(self, never()).recordExport(any(), any(), any(), any());
  }

  @Test
  void recordingPutsAnExportEntryOnEveryItem() {
    when(cases.access(CASE)).thenReturn(access(true));
    ExportJob job = exports.export(CASE, List.of(), " court ");
    ExportJob.Written written = new ExportJob.Written("abc", 99);

    exports.recordExport(job, "pack.zip", written, "10.0.0.1");

    ArgumentCaptor<String> detail = ArgumentCaptor.forClass(String.class);
    verify(custody, times(1))
        .appendFresh(
            eq(item),
            eq(CustodyAction.EXPORTED),
            eq("advocate"),
            eq("10.0.0.1"),
            eq("court"),
            detail.capture());
    assertEquals("Export package pack.zip, SHA-256 abc, 99 bytes", detail.getValue());
  }

  @Test
  void onlyThoseWhoHandleEvidenceMayExport() {
    when(cases.access(CASE)).thenReturn(access(false));

    assertThrows(
        NotPermittedException.class, () -> exports.download(CASE, List.of(), null, "10.0.0.1"));

    verify(custody, never()).appendFresh(any(), any(), any(), any(), any(), any());
    verify(custody, never()).append(any(), any(), any(), any(), any(), any());
  }

  @Test
  void thePackageHeaderCarriesTheClocksTime() {
    when(cases.access(CASE)).thenReturn(access(true));

    ExportJob job = exports.export(CASE, List.of(), null);

    assertEquals(NOW, job.header().exportedAt());
    assertTrue(job.evidenceIds().contains("ev-1"));
  }

  private static CaseAccess access(boolean canHandle) {
    return new CaseAccess(CaseRole.ADVOCATE, true, false, true, false, true, true, canHandle);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
