/**
 * vPDQ, the video hash of Meta's ThreatExchange ({@code vpdq} in facebook/ThreatExchange): a PDQ
 * hash with its quality and timestamp for each sampled frame of a video, the reference's text
 * format for exchanging them, and its matching rule between two videos, which also tells where in
 * the compared video the matching frames lie.
 */
package org.recourse.evidence.vpdq;
