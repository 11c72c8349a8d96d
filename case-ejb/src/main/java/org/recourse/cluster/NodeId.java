package org.recourse.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.recourse.shared.Settings;

/**
 * The name this server holds job leases under: {@code recourse.node-id} ({@code RECOURSE_NODE_ID})
 * if set, else WildFly's {@code jboss.node.name}, else the host name with a random suffix. The
 * first two survive a restart, so a restarted node takes its own leases back at once; the last does
 * not, so a node that restarts under it waits for its old leases to run out. Two servers must never
 * share a name (WildFly's node name defaults to the host name: two nodes on one machine need their
 * own {@code -Djboss.node.name}), or both would hold the same leases.
 */
public final class NodeId {

  private static final String CURRENT =
      resolve(
          Settings.optional("recourse.node-id", "RECOURSE_NODE_ID"),
          System.getProperty("jboss.node.name"),
          NodeId::hostName);

  private NodeId() {}

  /** This server's name, the same for the whole life of the JVM. */
  public static String current() {
    return CURRENT;
  }

  static String resolve(Optional<String> setting, String nodeName, Supplier<String> hostName) {
    Optional<String> named =
        setting
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .or(() -> Optional.ofNullable(nodeName))
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    if (named.isPresent()) {
      return named.get();
    }
    return hostName.get() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
