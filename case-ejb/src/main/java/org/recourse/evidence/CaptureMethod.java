package org.recourse.evidence;

/** How a piece of evidence was obtained; part of the capture facts a court asks for. */
public enum CaptureMethod {
  SCREENSHOT,
  DOWNLOAD,
  SCREEN_RECORDING,
  RECEIVED_FROM_VICTIM,
  WEB_CAPTURE,
  OTHER
}
