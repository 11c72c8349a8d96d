package org.recourse.law;

/** What a statute gives the victim or imposes on others. */
public enum StatuteKind {
  CRIMINAL,
  CIVIL_REMEDY,
  PLATFORM_DUTY,
  COPYRIGHT,
  ADMINISTRATIVE
}
