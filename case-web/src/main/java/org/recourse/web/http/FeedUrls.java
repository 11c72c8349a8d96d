package org.recourse.web.http;

import jakarta.servlet.http.HttpServletRequest;

/** Builds the absolute address of a calendar feed from the request it was asked for on. */
public final class FeedUrls {

  private FeedUrls() {}

  public static String of(HttpServletRequest request, String token) {
    return request.getScheme()
        + "://"
        + request.getServerName()
        + ":"
        + request.getServerPort()
        + request.getContextPath()
        + "/feeds/"
        + token
        + ".ics";
  }
}
