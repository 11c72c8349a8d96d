package org.recourse.shared.net;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The guard against server-side request forgery for every feature that fetches an address someone
 * outside the organisation gave (the re-upload checker, web captures): an address is refused if it
 * is loopback, unspecified, link-local, private (RFC 1918, IPv6 unique-local), carrier-grade NAT,
 * multicast, broadcast, reserved, for documentation (RFC 5737, RFC 3849, RFC 9637), for
 * benchmarking (RFC 2544, RFC 5180) or otherwise special-purpose (the IANA registries of RFC 6890:
 * 192.0.0.0/24, 2001::/23, 100::/64, 64:ff9b:1::/48), also when written as an IPv4-mapped,
 * IPv4-compatible, IPv4-translated, NAT64 or 6to4 IPv6 address; and if it is an address of one of
 * the server's own network interfaces, whatever its range (a public address of the host itself
 * reaches services bound to it). Callers resolve a host and ask about each of its addresses before
 * every request, redirects included. Production should still block private ranges at the network
 * edge as well.
 */
public final class AddressGuard {

  private static final Logger LOG = Logger.getLogger(AddressGuard.class.getName());

  private AddressGuard() {}

  /**
   * Why the server may not contact an address, or empty if it may: special-purpose addresses (see
   * the class comment) in any of their IPv4 and IPv6 forms, and the addresses of this server's own
   * network interfaces, read afresh each time (interfaces come and go).
   */
  public static Optional<String> refusedReason(InetAddress address) {
    return refusedReason(address, ownAddresses());
  }

  /** As {@link #refusedReason(InetAddress)}, with the server's own addresses given. */
  public static Optional<String> refusedReason(InetAddress address, List<byte[]> own) {
    Optional<String> special = specialKind(address);
    if (special.isPresent()) {
      return special;
    }
    byte[] bytes = address.getAddress();
    for (byte[] mine : own) {
      if (Arrays.equals(mine, bytes)) {
        return Optional.of(address.getHostAddress() + " is an address of this server");
      }
    }
    return Optional.empty();
  }

  /**
   * The addresses of every network interface of this server, up or down. If they cannot be read,
   * none: the special-purpose ranges are still refused, and the network edge should block the rest.
   */
  public static List<byte[]> ownAddresses() {
    List<byte[]> own = new ArrayList<>();
    try {
      Enumeration<NetworkInterface> interfaces = NetworkInterface.getNetworkInterfaces();
      while (interfaces != null && interfaces.hasMoreElements()) {
        Enumeration<InetAddress> addresses = interfaces.nextElement().getInetAddresses();
        while (addresses.hasMoreElements()) {
          own.add(addresses.nextElement().getAddress());
        }
      }
    } catch (SocketException e) {
      LOG.warning(() -> "The server's own addresses could not be read: " + e.getMessage());
    }
    return own;
  }

  private static Optional<String> specialKind(InetAddress address) {
    byte[] bytes = address.getAddress();
    String shown = address.getHostAddress();
    if (bytes.length == 4) {
      return ipv4Kind(bytes).map(kind -> shown + " is " + kind);
    }
    Optional<String> kind = ipv6Kind(bytes);
    if (kind.isPresent()) {
      return kind.map(k -> shown + " is " + k);
    }
    return embeddedIpv4(bytes)
        .flatMap(AddressGuard::ipv4Kind)
        .map(k -> shown + " embeds an IPv4 address that is " + k);
  }

  private static Optional<String> ipv4Kind(byte[] b) {
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if (first == 0) {
      return Optional.of("in 0.0.0.0/8 (this network)");
    }
    if (first == 127) {
      return Optional.of("a loopback address");
    }
    if (first == 10 || (first == 172 && (second & 0xF0) == 16) || (first == 192 && second == 168)) {
      return Optional.of("a private network address");
    }
    if (first == 169 && second == 254) {
      return Optional.of("a link-local address");
    }
    if (first == 100 && (second & 0xC0) == 64) {
      return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
    }
    if (first >= 224 && first <= 239) {
      return Optional.of("a multicast address");
    }
    if (first >= 240) {
      return Optional.of("a reserved or broadcast address");
    }
    int third = b[2] & 0xFF;
    if (first == 192 && second == 0 && third == 0) {
      return Optional.of("an IETF protocol assignment (192.0.0.0/24)");
    }
    if ((first == 192 && second == 0 && third == 2)
        || (first == 198 && second == 51 && third == 100)
        || (first == 203 && second == 0 && third == 113)) {
      return Optional.of("a documentation address (RFC 5737)");
    }
    if (first == 198 && (second & 0xFE) == 18) {
      return Optional.of("a benchmarking address (198.18.0.0/15)");
    }
    if (first == 192 && second == 88 && third == 99) {
      return Optional.of("a 6to4 relay anycast address (192.88.99.0/24)");
    }
    return Optional.empty();
  }

  private static Optional<String> ipv6Kind(byte[] b) {
    if (isZero(b, 0, 16)) {
      return Optional.of("the unspecified address");
    }
    if (isZero(b, 0, 15) && b[15] == 1) {
      return Optional.of("a loopback address");
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if ((first & 0xFE) == 0xFC) {
      return Optional.of("a unique-local address (fc00::/7)");
    }
    if (first == 0xFF) {
      return Optional.of("a multicast address");
    }
    if (first == 0xFE && (second & 0xC0) == 0x80) {
      return Optional.of("a link-local address");
    }
    if (first == 0xFE && (second & 0xC0) == 0xC0) {
      return Optional.of("a site-local address");
    }
    int third = b[2] & 0xFF;
    int fourth = b[3] & 0xFF;
    if (first == 0x20 && second == 0x01 && third == 0x0D && fourth == 0xB8) {
      return Optional.of("a documentation address (2001:db8::/32)");
    }
    if (first == 0x3F && second == 0xFF && (third & 0xF0) == 0) {
      return Optional.of("a documentation address (3fff::/20)");
    }
    if (first == 0x20 && second == 0x01 && (third & 0xFE) == 0) {
      return Optional.of(
          "an IETF protocol assignment (2001::/23: Teredo, benchmarking, ORCHID and others)");
    }
    if (first == 0x01 && second == 0 && isZero(b, 2, 8)) {
      return Optional.of("a discard-only address (100::/64)");
    }
    if (first == 0 && second == 0x64 && third == 0xFF && fourth == 0x9B && b[4] == 0 && b[5] == 1) {
      return Optional.of("a local-use NAT64 address (64:ff9b:1::/48)");
    }
    return Optional.empty();
  }

  /**
   * The IPv4 address inside an IPv4-mapped, IPv4-compatible, IPv4-translated (::ffff:0:0:0/96),
   * NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address.
   */
  private static Optional<byte[]> embeddedIpv4(byte[] b) {
    if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
      return Optional.of(Arrays.copyOfRange(b, 2, 6));
    }
    boolean translated =
        isZero(b, 0, 8) && (b[8] & 0xFF) == 0xFF && (b[9] & 0xFF) == 0xFF && isZero(b, 10, 12);
    if (translated) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    boolean mapped = isZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    boolean compatible = isZero(b, 0, 12);
    boolean nat64 =
        b[0] == 0
            && (b[1] & 0xFF) == 0x64
            && (b[2] & 0xFF) == 0xFF
            && (b[3] & 0xFF) == 0x9B
            && isZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    return Optional.empty();
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
