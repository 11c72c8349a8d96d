package org.recourse.evidence.capture;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.recourse.shared.net.AddressGuard;

/**
 * Decides whether a capture may contact an address: only http and https, no user name in the
 * address, and a host whose every resolved address {@link AddressGuard} accepts. The page's own
 * requests (images, scripts, frames) pass the same check one by one. With {@code allowLoopback}
 * (tests only) loopback addresses are let through so a local server can stand in for a website;
 * every other private range is still refused, so a test never reaches into a real network.
 */
public final class TargetGuard {

  private final boolean allowLoopback;
  private final HostResolver resolver;

  public TargetGuard(boolean allowLoopback) {
    this(allowLoopback, HostResolver.SYSTEM);
  }

  /** A guard that resolves hosts with {@code resolver} (one capture's {@link PinnedResolver}). */
  TargetGuard(boolean allowLoopback, HostResolver resolver) {
    this.allowLoopback = allowLoopback;
    this.resolver = resolver;
  }

  /** What the guard found: the address to connect to, or why not. */
  public record Verdict(InetAddress address, String refusal, boolean unresolved) {

    public boolean allowed() {
      return refusal == null;
    }
  }

  /** Resolves the host of {@code target} and checks every address it has. */
  public Verdict check(URI target) {
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Verdict(null, "only http and https addresses are captured", false);
    }
    if (target.getRawUserInfo() != null) {
      return new Verdict(null, "addresses with a user name are not captured", false);
    }
    String host = target.getHost();
    if (host == null) {
      return new Verdict(null, "the address has no usable host name", false);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return new Verdict(null, "the host's name was not found (DNS)", true);
    }
    if (addresses.length == 0) {
      return new Verdict(null, "the host's name was not found (DNS)", true);
    }
    for (InetAddress address : addresses) {
      Optional<String> reason = refusal(address);
      if (reason.isPresent()) {
        return new Verdict(address, "the host was not contacted (" + reason.get() + ")", false);
      }
    }
    return new Verdict(addresses[0], null, false);
  }

  private Optional<String> refusal(InetAddress address) {
    if (allowLoopback && address.isLoopbackAddress()) {
      return Optional.empty();
    }
    return AddressGuard.refusedReason(address);
  }
}
