package org.recourse.shared.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
    Optional<String> reason = AddressGuard.refusedReason(InetAddress.getByName(literal));

    assertTrue(reason.isPresent(), literal + " should be refused");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // documentation (RFC 5737, RFC 3849, RFC 9637)
        "192.0.2.1",
        "192.0.2.255",
        "198.51.100.7",
        "203.0.113.200",
        "2001:db8::1",
        "2001:db8:ffff::1",
        "3fff::1",
        "3fff:fff::1",
        // benchmarking (RFC 2544, RFC 5180)
        "198.18.0.1",
        "198.19.255.254",
        "2001:2::1",
        // this network, broadcast, multicast
        "0.0.0.1",
        "0.255.255.255",
        "255.255.255.255",
        "224.0.0.251",
        "ff05::2",
        // IETF protocol assignments, 6to4 relay, discard, local-use NAT64, Teredo
        "192.0.0.8",
        "192.88.99.1",
        "100::1",
        "64:ff9b:1::a00:1",
        "2001::1",
        "2001:1ff::1",
        // IPv4 special ranges in IPv6 forms
        "::ffff:192.0.2.1",
        "::ffff:198.18.0.1",
        "::ffff:0:203.0.113.9",
        "::ffff:0:127.0.0.1",
        "64:ff9b::c633:6401",
        "2002:c000:0201::1",
        "2002:7f00:1::1",
        "2002:a00:1::1"
      })
  void documentationBenchmarkingAndOtherSpecialRangesAreRefused(String literal)
      throws UnknownHostException {
    Optional<String> reason = AddressGuard.refusedReason(InetAddress.getByName(literal));

    assertTrue(reason.isPresent(), literal + " should be refused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.3.1", "198.51.101.1", "203.0.114.1", "198.20.0.1", "2001:200::1"})
  void neighboursOfTheSpecialRangesAreAllowed(String literal) throws UnknownHostException {
    assertEquals(
        Optional.empty(), AddressGuard.refusedReason(InetAddress.getByName(literal), List.of()));
  }

  @Test
  void anAddressOfTheServersOwnInterfacesIsRefusedWhateverItsRange() throws UnknownHostException {
    InetAddress publicLooking = InetAddress.getByName("93.184.216.34");

    Optional<String> asOwn =
        AddressGuard.refusedReason(publicLooking, List.of(publicLooking.getAddress()));

    assertEquals(Optional.of("93.184.216.34 is an address of this server"), asOwn);
    assertEquals(
        Optional.empty(),
        AddressGuard.refusedReason(
            publicLooking, List.of(InetAddress.getByName("93.184.216.35").getAddress())));
  }

  @Test
  void everyAddressOfThisMachinesInterfacesIsRefused() throws Exception {
    List<InetAddress> mine = new ArrayList<>();
    for (NetworkInterface each : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      mine.addAll(Collections.list(each.getInetAddresses()));
    }
    assertFalse(mine.isEmpty(), "the machine has at least a loopback interface");
    assertEquals(mine.size(), AddressGuard.ownAddresses().size());

    for (InetAddress address : mine) {
      assertTrue(
          AddressGuard.refusedReason(address).isPresent(), address + " of this server is refused");
    }
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
        "2002:5db8:d822::1"
      })
  void publicAddressesAreAllowed(String literal) throws UnknownHostException {
    assertEquals(
        Optional.empty(), AddressGuard.refusedReason(InetAddress.getByName(literal), List.of()));
  }

  @Test
  void anIpv4MappedAddressKeptInIpv6FormIsRefused() throws UnknownHostException {
    byte[] mappedLoopback = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 127, 0, 0, 1};
    InetAddress address = Inet6Address.getByAddress(null, mappedLoopback, -1);
    assertInstanceOf(Inet6Address.class, address);

    String reason = AddressGuard.refusedReason(address).orElseThrow();
    assertTrue(reason.endsWith("embeds an IPv4 address that is a loopback address"), reason);
  }

  @Test
  void theReasonNamesTheAddressAndWhatItIs() {
    assertEquals(
        Optional.of("10.1.2.3 is a private network address"),
        AddressGuard.refusedReason(address(10, 1, 2, 3)));
    assertEquals(
        Optional.of("100.64.0.1 is a carrier-grade NAT address (100.64.0.0/10)"),
        AddressGuard.refusedReason(address(100, 64, 0, 1)));
  }

  private static InetAddress address(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
