package org.recourse.evidence.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Resolves each host once for the whole of one capture and answers the same addresses ever after, a
 * name that was not found included. The guard checks these addresses and the capture connects to
 * them, so a host that answers a public address first and a private one later (DNS rebinding) is
 * held to the first answer for as long as the capture lasts.
 */
final class PinnedResolver implements HostResolver {

  private static final InetAddress[] NOT_FOUND = new InetAddress[0];

  private final HostResolver dns;
  private final Map<String, InetAddress[]> answers = new ConcurrentHashMap<>();

  PinnedResolver(HostResolver dns) {
    this.dns = dns;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    InetAddress[] addresses =
        answers.computeIfAbsent(host.toLowerCase(Locale.ROOT), this::firstAnswer);
    if (addresses.length == 0) {
      throw new UnknownHostException(host);
    }
    return addresses.clone();
  }

  private InetAddress[] firstAnswer(String host) {
    try {
      InetAddress[] addresses = dns.resolve(host);
      return addresses == null ? NOT_FOUND : addresses.clone();
    } catch (UnknownHostException e) {
      return NOT_FOUND;
    }
  }
}
