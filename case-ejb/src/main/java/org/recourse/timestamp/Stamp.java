package org.recourse.timestamp;

import java.time.Instant;

/**
 * A checked timestamp: the TSA's whole reply (DER, what {@code openssl ts -verify -in} reads), who
 * signed it, the time it vouches for, its serial number, and whether it came from the development
 * TSA.
 */
public record Stamp(
    byte[] reply, String tsaName, Instant time, String serialNumber, boolean development) {}
