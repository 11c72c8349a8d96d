package org.recourse.api.me;

/**
 * The time zone pages show the caller's times in (the API itself always answers in UTC).
 *
 * @param timeZone an IANA region ("America/New_York", "Europe/London") or "UTC"; empty for UTC
 */
public record TimeZoneChange(String timeZone) {}
