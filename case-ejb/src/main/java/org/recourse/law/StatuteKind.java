package org.recourse.law;

/**
 * What a statute gives the victim or imposes on others. {@link #CRIMINAL_AND_CIVIL}: an offence
 * whose section also gives the victim a civil action (Fla. Stat. § 784.049, N.C.G.S. § 14-190.5A);
 * {@link #ADMINISTRATIVE}: a regulator's power or procedure (eSafety, the Garante).
 */
public enum StatuteKind {
  CRIMINAL,
  CIVIL_REMEDY,
  CRIMINAL_AND_CIVIL,
  PLATFORM_DUTY,
  COPYRIGHT,
  ADMINISTRATIVE
}
