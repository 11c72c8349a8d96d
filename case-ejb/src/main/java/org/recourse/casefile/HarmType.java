package org.recourse.casefile;

/** What was done to the victim; a case may involve several. */
public enum HarmType {
  /** Intimate images shared without consent ("revenge porn"). */
  NON_CONSENSUAL_SHARING,
  /** A threat to share intimate images, often to extort (sextortion). */
  THREAT_TO_SHARE,
  /** Sexual images made or altered by software (deepfakes). */
  SYNTHETIC_IMAGERY,
  /** Private images taken from an account or device and published. */
  HACKED_OR_LEAKED,
  /** Publishing someone's identity, address or contact details. */
  DOXXING
}
