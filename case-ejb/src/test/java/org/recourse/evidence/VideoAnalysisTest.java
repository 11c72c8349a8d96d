package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.evidence.video.VideoLimits;
import org.recourse.evidence.video.VideoSource;
import org.recourse.evidence.vpdq.VideoHash;
import org.recourse.evidence.vpdq.VpdqSettings;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;
import org.recourse.testmedia.TestVideos.Video;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class VideoAnalysisTest {

  private static final String ID = "ev-video";

  @Mock private VideoAnalysisRecorder recorder;
  @Mock private EvidenceStorage storage;
  @InjectMocks private VideoAnalysis analysis;

  private void given(byte[] video, VpdqSettings settings) {
    when(recorder.pendingSource(ID)).thenReturn(Optional.of(VideoSource.of(video)));
    when(storage.videoSettings()).thenReturn(settings);
  }

  private String failureNote() {
    ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);
    verify(recorder).recordFailure(eq(ID), note.capture());
    verify(recorder, never()).recordAnalysis(anyString(), any());
    assertTrue(note.getValue().startsWith("This video could not be analysed: "), note.getValue());
    assertTrue(note.getValue().length() <= 500);
    return note.getValue();
  }

  @Test
  void aDecodableVideoIsRecordedWithItsFramesAndFacts() {
    given(TestVideos.bytes(Video.SOURCE), VpdqSettings.DEFAULT);

    analysis.analyse(ID);

    ArgumentCaptor<VideoHash> hash = ArgumentCaptor.forClass(VideoHash.class);
    verify(recorder).recordAnalysis(eq(ID), hash.capture());
    verify(recorder, never()).recordFailure(anyString(), anyString());
    assertEquals(TestVideos.SECONDS, hash.getValue().frames().size(), "one frame per second");
    assertEquals("mpeg4", hash.getValue().info().codecName());
  }

  @Test
  void aTruncatedVideoFailsWithANote() {
    byte[] video = TestVideos.bytes(Video.SOURCE);
    given(Arrays.copyOf(video, video.length / 3), VpdqSettings.DEFAULT);

    analysis.analyse(ID);

    failureNote();
  }

  @Test
  void corruptDataFailsWithANote() {
    byte[] garbage = new byte[100_000];
    new Random(5).nextBytes(garbage);
    given(garbage, VpdqSettings.DEFAULT);

    analysis.analyse(ID);

    failureNote();
  }

  @Test
  void aZeroLengthVideoFailsWithANote() {
    given(new byte[0], VpdqSettings.DEFAULT);

    analysis.analyse(ID);

    failureNote();
  }

  @Test
  void aStillImageFailsWithANote() {
    given(TestMedia.bytes(TestMedia.Fixture.TINY_JPEG), VpdqSettings.DEFAULT);

    analysis.analyse(ID);

    assertTrue(failureNote().contains("still image"));
  }

  @Test
  void framesLargerThanTheLimitFailWithANoteNamingTheSize() {
    VpdqSettings small =
        new VpdqSettings(1, -1, true, true, new VideoLimits(Duration.ofMinutes(1), 100));
    given(TestVideos.bytes(Video.SOURCE), small);

    analysis.analyse(ID);

    assertTrue(failureNote().contains("320 by 180"));
  }

  @Test
  void decodingPastTheTimeLimitFailsWithANote() {
    VpdqSettings hurried =
        new VpdqSettings(1, -1, false, false, new VideoLimits(Duration.ofNanos(1), 8192));
    given(TestVideos.bytes(Video.SOURCE), hurried);

    analysis.analyse(ID);

    assertTrue(failureNote().contains("limit"));
  }

  @Test
  void anItemNoLongerPendingIsLeftAlone() {
    when(recorder.pendingSource(ID)).thenReturn(Optional.empty());

    analysis.analyse(ID);

    verify(recorder, never()).recordAnalysis(anyString(), any());
    verify(recorder, never()).recordFailure(anyString(), anyString());
  }

  @Test
  void aFailureToRecordTheFramesIsRecordedAsAFailureNotLost() {
    given(TestVideos.bytes(Video.CLIP), VpdqSettings.DEFAULT);
    org.mockito.Mockito.doThrow(new IllegalStateException("database gone"))
        .when(recorder)
        .recordAnalysis(eq(ID), any());

    analysis.analyse(ID);

    ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);
    verify(recorder).recordFailure(eq(ID), note.capture());
    assertFalse(note.getValue().contains("database gone"), "no internals in the note");
  }

  @Test
  void runningOutOfMemoryMarksTheItemFailedInsteadOfLeavingItPending() {
    when(recorder.pendingSource(ID))
        .thenReturn(Optional.of(VideoSource.of(TestVideos.bytes(Video.CLIP))));
    when(storage.videoSettings()).thenThrow(new OutOfMemoryError("Java heap space"));

    analysis.analyse(ID);

    assertTrue(failureNote().contains("memory"));
  }

  @Test
  void anyOtherErrorMarksTheItemFailedAndIsRethrown() {
    when(recorder.pendingSource(ID))
        .thenReturn(Optional.of(VideoSource.of(TestVideos.bytes(Video.CLIP))));
    when(storage.videoSettings()).thenThrow(new StackOverflowError());

    assertThrows(StackOverflowError.class, () -> analysis.analyse(ID));

    failureNote();
  }

  @Test
  void anErrorWhileRecordingTheFramesIsRecordedAsAFailure() {
    given(TestVideos.bytes(Video.CLIP), VpdqSettings.DEFAULT);
    org.mockito.Mockito.doThrow(new OutOfMemoryError("Java heap space"))
        .when(recorder)
        .recordAnalysis(eq(ID), any());

    analysis.analyse(ID);

    verify(recorder).recordFailure(eq(ID), anyString());
  }
}
