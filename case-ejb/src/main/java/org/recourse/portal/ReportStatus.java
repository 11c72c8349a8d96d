package org.recourse.portal;

/**
 * Where a web address the client reported stands: new (a suggestion on the team's side), taken on
 * as a draft removal request, or dismissed by the team.
 */
public enum ReportStatus {
  NEW,
  ACCEPTED,
  DISMISSED
}
