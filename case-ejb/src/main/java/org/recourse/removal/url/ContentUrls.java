package org.recourse.removal.url;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule that lets a case recognise content it already asked a platform to remove: a pasted
 * address is reduced to one form, so the same image pasted twice (from a share sheet with tracking
 * parameters, from the address bar, with or without the default port or a trailing slash) gives the
 * same {@link ContentUrl}. Only what cannot change which content is served is removed: scheme and
 * host case, default ports, the fragment, known tracking parameters, a trailing slash, dot segments
 * and differences in percent-encoding. Everything else, including the order of the remaining query
 * parameters, is kept.
 *
 * <p>Only web addresses are accepted, and an address with a user name or password is refused: it
 * would put a credential into the case file.
 */
public final class ContentUrls {

  /** The longest address accepted, pasted or normalised. */
  public static final int MAX_LENGTH = 2000;

  static final String ENTER_FULL_ADDRESS = "Enter the full web address, starting with https://";
  static final String ONLY_WEB_ADDRESSES =
      "Only web addresses starting with http:// or https:// can be used";
  static final String NO_USER_INFO =
      "Remove the user name or password (the part before @) from the web address";
  static final String TOO_LONG =
      "The web address is longer than 2000 characters; check that only one address was pasted";
  static final String HIDDEN_CHARACTER =
      "The web address contains a line break or another hidden character; paste it again";
  static final String CHECK_SITE_NAME = "Check the site name in the web address";
  static final String CHECK_PORT = "Check the port number in the web address";

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]{2,45}]");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9_-]{1,63}");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
  private static final Pattern NEXT_ADDRESS =
      Pattern.compile("^(https?://|www\\.)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> TRACKING_PARAMETERS =
      Set.of("fbclid", "gclid", "igshid", "igsh", "si", "mc_cid", "mc_eid", "ref_src", "ref_url");

  /** Hosts where {@code s} is a share-tracking parameter rather than part of the address. */
  private static final List<String> SHARE_S_HOSTS = List.of("x.com", "twitter.com");

  private static final String UNRESERVED_PUNCTUATION = "-._~";
  private static final String PATH_PUNCTUATION = UNRESERVED_PUNCTUATION + "!$&'()*+,;=:@/";
  private static final String QUERY_PUNCTUATION = PATH_PUNCTUATION + "?";

  private ContentUrls() {}

  /**
   * Normalises a pasted address.
   *
   * @throws InvalidUrlException if it is not an absolute http or https address, has a user name or
   *     password, or is longer than {@value #MAX_LENGTH} characters
   */
  public static ContentUrl normalise(String pasted) {
    if (pasted == null || pasted.isBlank()) {
      throw new InvalidUrlException(ENTER_FULL_ADDRESS);
    }
    String text = pasted.strip();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidUrlException(TOO_LONG);
    }
    if (text.codePoints().anyMatch(ContentUrls::isHidden)) {
      throw new InvalidUrlException(HIDDEN_CHARACTER);
    }
    if (text.regionMatches(true, 0, "www.", 0, 4)) {
      text = "https://" + text;
    }
    Matcher scheme = SCHEME.matcher(text);
    if (!scheme.find()) {
      throw new InvalidUrlException(ENTER_FULL_ADDRESS);
    }
    String schemeName = scheme.group(1).toLowerCase(Locale.ROOT);
    if (!schemeName.equals("http") && !schemeName.equals("https")) {
      throw new InvalidUrlException(ONLY_WEB_ADDRESSES);
    }
    String rest = text.substring(scheme.end());
    if (!rest.startsWith("//")) {
      throw new InvalidUrlException(ENTER_FULL_ADDRESS);
    }
    rest = rest.substring(2);
    int fragment = rest.indexOf('#');
    if (fragment >= 0) {
      rest = rest.substring(0, fragment);
    }
    int authorityEnd = indexOfAny(rest, "/?", 0);
    String authority = rest.substring(0, authorityEnd);
    String pathAndQuery = rest.substring(authorityEnd);
    int queryStart = pathAndQuery.indexOf('?');
    String rawPath = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
    String rawQuery = queryStart < 0 ? "" : pathAndQuery.substring(queryStart + 1);

    if (authority.contains("@")) {
      throw new InvalidUrlException(NO_USER_INFO);
    }
    HostAndPort hostAndPort = hostAndPort(authority);
    String host = hostAndPort.host();
    String port =
        hostAndPort.port() < 0 || hostAndPort.port() == defaultPort(schemeName)
            ? ""
            : ":" + hostAndPort.port();
    String query = withoutTracking(normaliseEncoding(rawQuery, QUERY_PUNCTUATION), host);

    String url =
        schemeName
            + "://"
            + host
            + port
            + normalisePath(rawPath)
            + (query.isEmpty() ? "" : "?" + query);
    if (url.length() > MAX_LENGTH) {
      throw new InvalidUrlException(TOO_LONG);
    }
    return new ContentUrl(url, host);
  }

  /**
   * Splits pasted text into candidate addresses: one per line, or separated by spaces, tabs or
   * commas. A comma separates only where it ends a candidate or the next address starts right after
   * it, so commas inside an address (image services put resizing options there) are kept. Blank
   * candidates are dropped; the candidates are not checked.
   */
  public static List<String> split(String pasted) {
    return splitByLine(pasted).stream().map(Candidate::text).toList();
  }

  /**
   * A candidate address of pasted text and the line it stands on, counted from 1 as an editor
   * counts lines (blank lines included), so that a refusal can say which line to correct.
   */
  public record Candidate(int line, String text) {}

  /** {@link #split(String)}, each candidate with its line. */
  public static List<Candidate> splitByLine(String pasted) {
    List<Candidate> candidates = new ArrayList<>();
    if (pasted == null) {
      return candidates;
    }
    String[] lines = LINE_BREAK.split(pasted, -1);
    for (int i = 0; i < lines.length; i++) {
      int line = i + 1;
      List<String> onLine = new ArrayList<>();
      StringBuilder token = new StringBuilder();
      lines[i]
          .codePoints()
          .forEach(
              codePoint -> {
                if (isSeparatingSpace(codePoint)) {
                  addSplitAtCommas(token.toString(), onLine);
                  token.setLength(0);
                } else {
                  token.appendCodePoint(codePoint);
                }
              });
      addSplitAtCommas(token.toString(), onLine);
      onLine.forEach(text -> candidates.add(new Candidate(line, text)));
    }
    return candidates;
  }

  private static void addSplitAtCommas(String token, List<String> candidates) {
    int start = 0;
    for (int comma = token.indexOf(','); comma >= 0; comma = token.indexOf(',', comma + 1)) {
      String after = token.substring(comma + 1);
      if (after.isEmpty() || after.startsWith(",") || NEXT_ADDRESS.matcher(after).find()) {
        addIfNotBlank(token.substring(start, comma), candidates);
        start = comma + 1;
      }
    }
    addIfNotBlank(token.substring(start), candidates);
  }

  private static void addIfNotBlank(String candidate, List<String> candidates) {
    if (!candidate.isBlank()) {
      candidates.add(candidate);
    }
  }

  private static boolean isSeparatingSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == '\u200B'
        || codePoint == '\uFEFF';
  }

  private static boolean isHidden(int codePoint) {
    return Character.isISOControl(codePoint) || codePoint == '\u200B' || codePoint == '\uFEFF';
  }

  private record HostAndPort(String host, int port) {}

  private static HostAndPort hostAndPort(String authority) {
    String host;
    String port;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      if (close < 0) {
        throw new InvalidUrlException(CHECK_SITE_NAME);
      }
      host = authority.substring(0, close + 1).toLowerCase(Locale.ROOT);
      String afterHost = authority.substring(close + 1);
      if (!afterHost.isEmpty() && !afterHost.startsWith(":")) {
        throw new InvalidUrlException(CHECK_SITE_NAME);
      }
      port = afterHost.isEmpty() ? "" : afterHost.substring(1);
      if (!IPV6_LITERAL.matcher(host).matches() || host.indexOf(':') == host.lastIndexOf(':')) {
        throw new InvalidUrlException(CHECK_SITE_NAME);
      }
    } else {
      int colon = authority.lastIndexOf(':');
      host = asciiHost(colon < 0 ? authority : authority.substring(0, colon));
      port = colon < 0 ? "" : authority.substring(colon + 1);
    }
    return new HostAndPort(host, port(port));
  }

  private static String asciiHost(String raw) {
    String name = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
    if (name.isEmpty()) {
      throw new InvalidUrlException(ENTER_FULL_ADDRESS);
    }
    String ascii;
    try {
      ascii = IDN.toASCII(name).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAHostName) {
      throw new InvalidUrlException(CHECK_SITE_NAME);
    }
    String[] labels = ascii.split("\\.", -1);
    if (ascii.length() > 253 || labels.length < 2) {
      throw new InvalidUrlException(CHECK_SITE_NAME);
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw new InvalidUrlException(CHECK_SITE_NAME);
      }
    }
    return ascii;
  }

  /** The port number, or -1 where the address names none. */
  private static int port(String digits) {
    if (digits.isEmpty()) {
      return -1;
    }
    if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidUrlException(CHECK_PORT);
    }
    int port = Integer.parseInt(digits);
    if (port < 1 || port > 65535) {
      throw new InvalidUrlException(CHECK_PORT);
    }
    return port;
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("https") ? 443 : 80;
  }

  private static String normalisePath(String rawPath) {
    String path = removeDotSegments(normaliseEncoding(rawPath, PATH_PUNCTUATION));
    int end = path.length();
    while (end > 1 && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(0, end);
  }

  /** Resolves {@code .} and {@code ..} segments as a browser does before sending the request. */
  private static String removeDotSegments(String path) {
    if (path.isEmpty()) {
      return "/";
    }
    Deque<String> kept = new ArrayDeque<>();
    String[] segments = path.split("/", -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.equals("..")) {
        kept.pollLast();
      } else if (!segment.equals(".")) {
        kept.addLast(segment);
      }
    }
    return "/" + String.join("/", kept);
  }

  /**
   * One spelling for each character: escapes of unreserved characters are decoded, other escapes
   * get upper-case hex digits, and characters that may not appear raw (spaces, non-ASCII letters)
   * are escaped as UTF-8. A {@code %} that starts no escape is escaped itself.
   */
  private static String normaliseEncoding(String raw, String allowedPunctuation) {
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && isHex(raw.charAt(i + 1))
          && isHex(raw.charAt(i + 2))) {
        int value = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        if (isUnreserved(value)) {
          out.append((char) value);
        } else {
          appendEscaped(value, out);
        }
        i += 3;
      } else {
        int codePoint = raw.codePointAt(i);
        if (codePoint < 0x80
            && (Character.isLetterOrDigit(codePoint)
                || allowedPunctuation.indexOf(codePoint) >= 0)) {
          out.append((char) codePoint);
        } else {
          for (byte b : Character.toString(codePoint).getBytes(StandardCharsets.UTF_8)) {
            appendEscaped(b & 0xFF, out);
          }
        }
        i += Character.charCount(codePoint);
      }
    }
    return out.toString();
  }

  private static String withoutTracking(String query, String host) {
    List<String> kept = new ArrayList<>();
    for (String parameter : query.split("&")) {
      if (!parameter.isEmpty() && !isTracking(parameter, host)) {
        kept.add(parameter);
      }
    }
    return String.join("&", kept);
  }

  private static boolean isTracking(String parameter, String host) {
    int equals = parameter.indexOf('=');
    String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
    String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
    return name.startsWith("utm_")
        || TRACKING_PARAMETERS.contains(name)
        || (name.equals("s") && isOnOrUnder(host, SHARE_S_HOSTS))
        || (name.equals("feature") && value.equals("share"));
  }

  private static boolean isOnOrUnder(String host, List<String> domains) {
    return domains.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }

  private static String decode(String encoded) {
    return URLDecoder.decode(encoded, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
  }

  private static boolean isUnreserved(int value) {
    return (value >= 'A' && value <= 'Z')
        || (value >= 'a' && value <= 'z')
        || (value >= '0' && value <= '9')
        || UNRESERVED_PUNCTUATION.indexOf(value) >= 0;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }

  private static void appendEscaped(int value, StringBuilder out) {
    out.append('%').append(Character.toUpperCase(Character.forDigit(value >> 4, 16)));
    out.append(Character.toUpperCase(Character.forDigit(value & 0xF, 16)));
  }

  private static int indexOfAny(String text, String characters, int from) {
    for (int i = from; i < text.length(); i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  static boolean isIpv4Literal(String host) {
    return IPV4.matcher(host).matches();
  }
}
