package org.recourse.evidence.capture;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; the system's DNS in production, a stub in tests. */
@FunctionalInterface
interface HostResolver {

  /** The system's resolver (the JVM's, with its address cache). */
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
