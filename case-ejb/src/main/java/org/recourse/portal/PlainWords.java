package org.recourse.portal;

import org.recourse.casefile.CaseStatus;
import org.recourse.removal.RemovalStatus;

/**
 * The words a client reads for where their case and each removal request stand: plain sentences
 * instead of the team's status names, with no legal terms left unexplained.
 */
public final class PlainWords {

  private PlainWords() {}

  /** The case's status in a few words. */
  public static String of(CaseStatus status) {
    return switch (status) {
      case INTAKE -> "Getting started";
      case ACTIVE -> "Your team is working on it";
      case ON_HOLD -> "Paused for now";
      case CLOSED -> "Closed";
    };
  }

  /** A sentence saying what the case's status means for the client. */
  public static String explain(CaseStatus status) {
    return switch (status) {
      case INTAKE ->
          "Your team is looking at what happened and deciding on the first steps with you.";
      case ACTIVE -> "Your team is asking platforms to take the content down and keeping watch.";
      case ON_HOLD ->
          "Nothing is being done on your case at the moment. Your team can tell you why and when"
              + " it will go on.";
      case CLOSED ->
          "Your team has finished its work on your case. Write to them if the content appears"
              + " again.";
    };
  }

  /** Where a sent removal request stands. */
  public static String of(RemovalStatus status) {
    return switch (status) {
      case DRAFT -> "Being prepared";
      case SUBMITTED -> "Sent; waiting for the platform to answer";
      case ACKNOWLEDGED -> "The platform has received the request";
      case REMOVED -> "Taken down";
      case PARTIALLY_REMOVED -> "Partly taken down";
      case REJECTED -> "The platform said no; your team is deciding what to do next";
      case NO_RESPONSE -> "The platform has not answered in time";
      case ESCALATED -> "Taken further, for example to a regulator or a court";
      case RESTORED -> "The platform put it back online after an objection";
      case REUPLOADED -> "Found online again";
    };
  }

  /** Where a web address the client reported stands. */
  public static String of(ReportStatus status) {
    return switch (status) {
      case NEW -> "Sent to your team";
      case ACCEPTED -> "Your team is asking the platform to take it down";
      case DISMISSED -> "Your team is not taking this one further";
    };
  }
}
