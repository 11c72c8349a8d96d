package org.recourse.timestamp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cmp.PKIStatusInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.MessageImprint;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.tsp.TimeStampResp;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
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

  @Test
  void aSignerWithoutTheTimeStampingKeyUsageIsRefused() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair rootKeys = generator.generateKeyPair();
    KeyPair signerKeys = generator.generateKeyPair();
    X500Name rootName = new X500Name("CN=No EKU root, O=Recourse test");
    Date from = Date.from(NOW.minusSeconds(86_400));
    Date until = Date.from(NOW.plusSeconds(86_400));
    JcaX509v3CertificateBuilder rootBuilder =
        new JcaX509v3CertificateBuilder(
            rootName, BigInteger.ONE, from, until, rootName, rootKeys.getPublic());
    rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
    X509Certificate root = signed(rootBuilder, rootKeys);
    JcaX509v3CertificateBuilder signerBuilder =
        new JcaX509v3CertificateBuilder(
            rootName,
            BigInteger.TWO,
            from,
            until,
            new X500Name("CN=No EKU signer, O=Recourse test"),
            signerKeys.getPublic());
    signerBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    signerBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    X509Certificate signer = signed(signerBuilder, rootKeys);

    byte[] hash = sha256("evidence");
    TimeStampRequest request = TimestampTokens.request(hash, BigInteger.TEN);
    TSTInfo info =
        new TSTInfo(
            new ASN1ObjectIdentifier("1.2.3.4"),
            new MessageImprint(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash),
            new ASN1Integer(7),
            new ASN1GeneralizedTime(Date.from(NOW)),
            null,
            null,
            new ASN1Integer(BigInteger.TEN),
            null,
            null);
    SigningCertificateV2 signingCertificate =
        new SigningCertificateV2(
            new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(signer.getEncoded())));
    AttributeTable attributes =
        new AttributeTable(
                new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(signingCertificate)))
            .add(CMSAttributes.signingTime, new Time(Date.from(NOW)));
    CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
    cms.addSignerInfoGenerator(
        new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
            .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
            .build(
                new JcaContentSignerBuilder("SHA256withRSA").build(signerKeys.getPrivate()),
                signer));
    cms.addCertificates(new JcaCertStore(List.of(signer, root)));
    CMSSignedData token =
        cms.generate(
            new CMSProcessableByteArray(
                PKCSObjectIdentifiers.id_ct_TSTInfo, info.getEncoded(ASN1Encoding.DER)),
            true);
    byte[] reply =
        new TimeStampResp(new PKIStatusInfo(PKIStatus.granted), token.toASN1Structure())
            .getEncoded();

    TimestampRejectedException refused =
        assertThrows(
            TimestampRejectedException.class,
            () -> TimestampTokens.accept(request, reply, List.of(root), List.of()));
    assertTrue(refused.getMessage().contains("ExtendedKeyUsage"), refused.getMessage());
  }

  private static X509Certificate signed(JcaX509v3CertificateBuilder builder, KeyPair issuer)
      throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
  }

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
