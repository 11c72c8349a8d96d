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

  /** The width of the source_urls columns of statutes and rules. */
  static final int COLUMN = 4000;

  /** Whether the addresses, joined as {@link #join} stores them, fit the column. */
  static boolean fit(List<String> urls) {
    if (urls == null) {
      return true;
    }
    String joined = join(urls.stream().filter(url -> url != null).map(String::strip).toList());
    return joined == null || joined.length() <= COLUMN;
  }

  static String join(List<String> urls) {
    return urls == null || urls.isEmpty() ? null : String.join("\n", new LinkedHashSet<>(urls));
  }
}
