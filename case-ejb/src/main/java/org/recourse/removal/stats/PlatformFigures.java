package org.recourse.removal.stats;

import java.time.Duration;

/**
 * The published figures for one platform over a period.
 *
 * @param requests requests submitted in the period
 * @param removed of those, how many were removed (by now, not necessarily within the period)
 * @param removalRate removed / requests, from 0 to 1
 * @param medianTimeToRemoval median time from submission to removal; null when none was removed
 * @param removedWithinClock of the requests with a legal time limit, how many were removed by it;
 *     null when none had one
 * @param shareWithinClock removedWithinClock / withClock; null when none had a limit
 * @param withClock requests with a legal time limit
 */
public record PlatformFigures(
    String platform,
    int requests,
    int removed,
    double removalRate,
    Duration medianTimeToRemoval,
    Integer removedWithinClock,
    Double shareWithinClock,
    int withClock) {}
