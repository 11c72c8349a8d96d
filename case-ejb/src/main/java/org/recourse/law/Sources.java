package org.recourse.law;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Source addresses stored one per line in a column, the first being the one shown. */
final class Sources {

  private Sources() {}

  static List<String> split(String first, String all) {
    var urls = new LinkedHashSet<String>();
    if (first != null && !first.isBlank()) {
      urls.add(first.strip());
    }
    if (all != null) {
      for (String line : all.split("\n")) {
        if (!line.isBlank()) {
          urls.add(line.strip());
        }
      }
    }
    return List.copyOf(new ArrayList<>(urls));
  }

  static String join(List<String> urls) {
    return urls == null || urls.isEmpty() ? null : String.join("\n", new LinkedHashSet<>(urls));
  }
}
