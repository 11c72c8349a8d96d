package org.recourse.timestamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.junit.jupiter.api.Test;

/** The checks a TSA's reply must pass, against in-test TSAs made with BouncyCastle. */
class TimestampTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  private static final DevelopmentTsa TSA = DevelopmentTsa.generate("Test TSA", NOW);
  private static final DevelopmentTsa OTHER = DevelopmentTsa.generate("Other TSA", NOW);

  @Test
  void aGrantedReplyForTheRequestIsKeptWithItsTsaAndTime() throws Exception {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TEN);
    byte[] reply = TSA.reply(request.getEncoded(), NOW);

    Stamp stamp = TimestampTokens.accept(request, reply, List.of(TSA.root()), List.of());

    assertEquals("Test TSA", stamp.tsaName());
    assertEquals(NOW, stamp.time());
    assertArrayEquals(reply, stamp.reply());
    assertEquals(false, stamp.development());
  }

  @Test
  void aTokenChainingToTheDevelopmentRootIsMarkedDevelopment() throws Exception {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TWO);
    byte[] reply = TSA.reply(request.getEncoded(), NOW);

    Stamp stamp = TimestampTokens.accept(request, reply, List.of(TSA.root()), List.of(TSA.root()));

    assertTrue(stamp.development());
  }

  @Test
  void aTokenForAnotherHashIsRefused() throws Exception {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TEN);
    TimeStampRequest other = TimestampTokens.request(sha256("something else"), BigInteger.TEN);
    byte[] reply = TSA.reply(other.getEncoded(), NOW);

    assertThrows(
        TimestampRejectedException.class,
        () -> TimestampTokens.accept(request, reply, List.of(TSA.root()), List.of()));
  }

  @Test
  void aTokenWithAnotherNonceIsRefused() throws Exception {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TEN);
    TimeStampRequest replayed = TimestampTokens.request(sha256("evidence"), BigInteger.TWO);
    byte[] reply = TSA.reply(replayed.getEncoded(), NOW);

    TimestampRejectedException refused =
        assertThrows(
            TimestampRejectedException.class,
            () -> TimestampTokens.accept(request, reply, List.of(TSA.root()), List.of()));
    assertTrue(refused.getMessage().contains("nonce"), refused.getMessage());
  }

  @Test
  void aTokenFromAnUntrustedTsaIsRefused() throws Exception {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TEN);
    byte[] reply = OTHER.reply(request.getEncoded(), NOW);

    TimestampRejectedException refused =
        assertThrows(
            TimestampRejectedException.class,
            () -> TimestampTokens.accept(request, reply, List.of(TSA.root()), List.of()));
    assertTrue(refused.getMessage().contains("trusted"), refused.getMessage());
  }

  @Test
  void aRefusalStatusIsRefused() throws Exception {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TEN);
    TimeStampRequestGenerator unknown = new TimeStampRequestGenerator();
    byte[] refusal =
        TSA.reply(
            unknown
                .generate(new ASN1ObjectIdentifier("1.2.3.4"), new byte[32], BigInteger.TEN)
                .getEncoded(),
            NOW);

    TimestampRejectedException refused =
        assertThrows(
            TimestampRejectedException.class,
            () -> TimestampTokens.accept(request, refusal, List.of(TSA.root()), List.of()));
    assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
  }

  @Test
  void garbageIsRefused() {
    TimeStampRequest request = TimestampTokens.request(sha256("evidence"), BigInteger.TEN);
    assertThrows(
        TimestampRejectedException.class,
        () ->
            TimestampTokens.accept(
                request, "<html>".getBytes(StandardCharsets.UTF_8), List.of(), List.of()));
  }

  @Test
  void aStoredTokenChecksOnlyAgainstTheHashItCovers() throws Exception {
    byte[] hash = sha256("evidence");
    byte[] reply = TSA.reply(TimestampTokens.request(hash, BigInteger.ONE).getEncoded(), NOW);

    assertEquals(NOW, TimestampTokens.check(reply, hash, List.of(TSA.root()), List.of()).time());
    assertThrows(
        TimestampRejectedException.class,
        () -> TimestampTokens.check(reply, sha256("altered"), List.of(TSA.root()), List.of()));
    assertThrows(
        TimestampRejectedException.class,
        () -> TimestampTokens.check(reply, hash, List.of(OTHER.root()), List.of()));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
