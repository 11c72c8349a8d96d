package org.recourse.law;

/** How bad missing a deadline is; sets how early and how often reminders go out. */
public enum Severity {
  NORMAL,
  HIGH,
  CRITICAL
}
