package org.recourse.removal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only: constructing them needs no DNS. */
class AddressGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.255.0.9",
        "::1",
        "0.0.0.0",
        "0.1.2.3",
        "::",
        "10.1.2.3",
        "172.16.0.1",
        "172.20.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "169.254.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.127.255.255",
        "fd00::1",
        "fc00::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::127.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255"
      })
  void privateAndSpecialAddressesAreRefused(String literal) throws UnknownHostException {
    Optional<String> reason = UrlChecker.refusedReason(InetAddress.getByName(literal));

    assertTrue(reason.isPresent(), literal + " should be refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "2606:2800:220:1::1",
        "8.8.8.8",
        "172.32.0.1",
        "172.15.255.255",
        "100.128.0.1",
        "192.169.0.1",
        "64:ff9b::5db8:d822",
        "2001:db8::1"
      })
  void publicAddressesAreAllowed(String literal) throws UnknownHostException {
    assertEquals(Optional.empty(), UrlChecker.refusedReason(InetAddress.getByName(literal)));
  }

  @Test
  void anIpv4MappedAddressKeptInIpv6FormIsRefused() throws UnknownHostException {
    byte[] mappedLoopback = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 127, 0, 0, 1};
    InetAddress address = Inet6Address.getByAddress(null, mappedLoopback, -1);
    assertInstanceOf(Inet6Address.class, address);

    String reason = UrlChecker.refusedReason(address).orElseThrow();
    assertTrue(reason.endsWith("embeds an IPv4 address that is a loopback address"), reason);
  }

  @Test
  void theReasonNamesTheAddressAndWhatItIs() {
    assertEquals(
        Optional.of("10.1.2.3 is a private network address"),
        UrlChecker.refusedReason(address(10, 1, 2, 3)));
    assertEquals(
        Optional.of("100.64.0.1 is a carrier-grade NAT address (100.64.0.0/10)"),
        UrlChecker.refusedReason(address(100, 64, 0, 1)));
  }

  private static InetAddress address(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
