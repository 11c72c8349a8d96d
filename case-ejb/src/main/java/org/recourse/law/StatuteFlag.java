package org.recourse.law;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a statute covers beyond its kind, so an attorney can ask which statutes cover sexual
 * deepfakes (images that only "appear to show" the person, e.g. Sexual Offences Act 2003 s.66B,
 * Cal. Civ. Code § 1708.86), threats to share (740 ILCS 190, RCW 7.110) or doxxing (ORS 30.835).
 * Set only where the source says so.
 */
public enum StatuteFlag {
  /** Intimate images shared without consent. */
  INTIMATE_IMAGES,
  /** Sexual deepfakes: fabricated, altered or AI-generated intimate images. */
  SEXUAL_DEEPFAKES,
  /** Threats to share intimate images. */
  THREATS_TO_SHARE,
  /** Publishing someone's private information (doxxing). */
  DOXXING;

  static Set<StatuteFlag> parse(String stored) {
    var flags = EnumSet.noneOf(StatuteFlag.class);
    if (stored != null) {
      for (String name : stored.trim().split("\\s+")) {
        if (!name.isEmpty()) {
          flags.add(valueOf(name.toUpperCase(Locale.ROOT)));
        }
      }
    }
    return flags;
  }

  static String format(Set<StatuteFlag> flags) {
    return flags == null || flags.isEmpty()
        ? null
        : EnumSet.copyOf(flags).stream().map(Enum::name).collect(Collectors.joining(" "));
  }
}
