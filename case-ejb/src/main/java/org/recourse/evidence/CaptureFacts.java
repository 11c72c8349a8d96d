package org.recourse.evidence;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the person adding an item says about where it came from: the page it was found on, when and
 * by whom it was captured, how, and anything else worth knowing. Every field is optional except the
 * method, because evidence received from a victim often comes without a URL or a capture time.
 */
public record CaptureFacts(
    String sourceUrl,
    Instant capturedAt,
    String capturedBy,
    CaptureMethod method,
    String description)
    implements Serializable {}
