package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.shared.InvalidInputException;

class CaptureFormTest {

  @Test
  void aLocalCaptureTimeIsReadInTheSendersZone() {
    CaptureFacts facts =
        CaptureForm.read(
            Map.of(
                "capturedAt", "2026-11-20T14:05", "timeZone", "Europe/Berlin", "method", "other"));

    assertEquals(Instant.parse("2026-11-20T13:05:00Z"), facts.capturedAt());
    assertEquals(CaptureMethod.OTHER, facts.method());
  }

  @Test
  void aCaptureTimeAsPagesShowItIsReadInTheSendersZone() {
    CaptureFacts facts =
        CaptureForm.read(Map.of("capturedAt", "2026-11-20 09:05", "timeZone", "America/New_York"));

    assertEquals(Instant.parse("2026-11-20T14:05:00Z"), facts.capturedAt());
  }

  @Test
  void aLocalCaptureTimeWithoutAZoneIsUtc() {
    CaptureFacts facts = CaptureForm.read(Map.of("capturedAt", "2026-11-20T14:05"));

    assertEquals(Instant.parse("2026-11-20T14:05:00Z"), facts.capturedAt());
  }

  @Test
  void anUnknownZoneForALocalCaptureTimeIsAFieldError() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                CaptureForm.read(
                    Map.of("capturedAt", "2026-11-20T14:05", "timeZone", "Mars/Olympus")));

    assertEquals(Map.of("timeZone", refused.fieldErrors().get("timeZone")), refused.fieldErrors());
  }

  @Test
  void anOffsetCaptureTimeNeedsNoZone() {
    CaptureFacts facts =
        CaptureForm.read(Map.of("capturedAt", "2026-11-20T14:05:00+02:00", "timeZone", "Nowhere"));

    assertEquals(Instant.parse("2026-11-20T12:05:00Z"), facts.capturedAt());
  }

  @Test
  void unreadableTimeAndMethodAreBothNamed() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> CaptureForm.read(Map.of("capturedAt", "yesterday", "method", "telepathy")));

    assertEquals(2, refused.fieldErrors().size());
    assertEquals(
        "Use a date and time such as 2026-11-20 14:05 or 2026-11-20T14:05:00Z",
        refused.fieldErrors().get("capturedAt"));
  }

  @Test
  void noFieldsAreNoFacts() {
    CaptureFacts facts = CaptureForm.read(Map.of());

    assertNull(facts.capturedAt());
    assertNull(facts.method());
  }
}
