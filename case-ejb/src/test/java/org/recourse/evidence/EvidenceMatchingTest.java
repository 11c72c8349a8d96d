package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import jakarta.ejb.SessionContext;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseAccessService;
import org.recourse.evidence.EvidenceRejectedException.Reason;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EvidenceMatchingTest {

  @Mock private SessionContext session;
  @Mock private PdqIndex index;
  @Mock private CaseAccessService access;
  @Mock private EvidenceStorage storage;
  @Mock private EvidenceRepository repository;
  @Mock private EvidenceLookup lookup;
  @InjectMocks private EvidenceMatching matching;

  @BeforeEach
  void setUp() {
    when(access.teamCaseIds()).thenReturn(List.of());
    when(storage.types()).thenReturn(new FileTypes());
  }

  @Test
  void aProbeVideoTheDecoderFailsOnIsRefusedAsUnsupportedNamingTheFileField() {
    when(storage.videoSettings()).thenThrow(new UnsatisfiedLinkError("no jniavformat"));
    byte[] video = TestVideos.bytes(Video.CLIP);

    EvidenceRejectedException e =
        assertThrows(
            EvidenceRejectedException.class,
            () -> matching.matches(new ByteArrayInputStream(video), 10));

    assertEquals(Reason.UNSUPPORTED_TYPE, e.reason());
    assertEquals(415, e.status());
    assertTrue(e.fieldErrors().containsKey("file"), e.fieldErrors().toString());
  }

  @Test
  void anUncheckedFailureOfTheDecoderIsRefusedAlike() {
    when(storage.videoSettings()).thenThrow(new IllegalStateException("decoder state"));
    byte[] video = TestVideos.bytes(Video.CLIP);

    EvidenceRejectedException e =
        assertThrows(
            EvidenceRejectedException.class,
            () -> matching.matches(new ByteArrayInputStream(video), 10));

    assertEquals(415, e.status());
  }
}
