package org.recourse.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TSPUtil;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * What makes a TSA's reply worth keeping (RFC 3161 § 2.4.2, RFC 5816): the status grants it; the
 * token covers the SHA-256 that was sent and carries the request's nonce; its signature verifies
 * with the certificate it names (ESSCertIDv2); that certificate is for time-stamping only (extended
 * key usage timeStamping, critical) and valid at the token's time, and it chains to one of the
 * trusted certificates. A stored reply is checked again the same way, against the item's recorded
 * SHA-256, by Verify. Revocation is not checked: the trusted certificates are configured by the
 * administrator for one TSA, and an expert re-checking a token decides on revocation with the TSA's
 * own published lists.
 */
public final class TimestampTokens {

  private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

  private TimestampTokens() {}

  /** A request for a SHA-256 digest, with a nonce, asking for the TSA's certificate. */
  public static TimeStampRequest request(byte[] sha256, BigInteger nonce) {
    TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
    generator.setCertReq(true);
    return generator.generate(TSPAlgorithms.SHA256, sha256, nonce);
  }

  /**
   * Checks a reply to a request.
   *
   * @param developmentRoots trusted certificates that belong to the development TSA (its tokens are
   *     labelled so)
   */
  public static Stamp accept(
      TimeStampRequest request,
      byte[] reply,
      Collection<X509Certificate> trusted,
      Collection<X509Certificate> developmentRoots)
      throws TimestampRejectedException {
    TimeStampResponse response = granted(reply);
    try {
      response.validate(request);
    } catch (TSPException e) {
      throw new TimestampRejectedException(
          "The TSA's token does not answer this request: " + e.getMessage(), e);
    }
    return checked(response.getTimeStampToken(), reply, trusted, developmentRoots);
  }

  /** Checks a stored reply against the SHA-256 it must cover. */
  public static Stamp check(
      byte[] reply,
      byte[] sha256,
      Collection<X509Certificate> trusted,
      Collection<X509Certificate> developmentRoots)
      throws TimestampRejectedException {
    TimeStampResponse response = granted(reply);
    TimeStampToken token = response.getTimeStampToken();
    if (token == null) {
      throw new TimestampRejectedException("The reply holds no token");
    }
    if (!NISTObjectIdentifiers.id_sha256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
        || !MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), sha256)) {
      throw new TimestampRejectedException(
          "The token covers another hash than the one recorded for this item");
    }
    return checked(token, reply, trusted, developmentRoots);
  }

  /** The certificates a reply's token carries (the TSA's, and any of its chain it included). */
  public static List<X509Certificate> certificates(byte[] reply) throws TimestampRejectedException {
    TimeStampToken token = granted(reply).getTimeStampToken();
    if (token == null) {
      throw new TimestampRejectedException("The reply holds no token");
    }
    return converted(token.getCertificates().getMatches(null));
  }

  private static TimeStampResponse granted(byte[] reply) throws TimestampRejectedException {
    TimeStampResponse response;
    try {
      response = new TimeStampResponse(reply);
    } catch (TSPException | IOException | RuntimeException e) {
      throw new TimestampRejectedException("The TSA's answer is not a time-stamp reply", e);
    }
    int status = response.getStatus();
    if (status != PKIStatus.GRANTED && status != PKIStatus.GRANTED_WITH_MODS) {
      String text = response.getStatusString();
      throw new TimestampRejectedException(
          "The TSA refused the request (status "
              + status
              + (text == null ? "" : ", " + text)
              + (response.getFailInfo() == null
                  ? ""
                  : ", failure " + response.getFailInfo().intValue())
              + ")");
    }
    return response;
  }

  private static Stamp checked(
      TimeStampToken token,
      byte[] reply,
      Collection<X509Certificate> trusted,
      Collection<X509Certificate> developmentRoots)
      throws TimestampRejectedException {
    if (token == null) {
      throw new TimestampRejectedException("The reply holds no token");
    }
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
    if (signers.isEmpty()) {
      throw new TimestampRejectedException("The token does not carry the TSA's certificate");
    }
    X509CertificateHolder signer = signers.iterator().next();
    Instant time = token.getTimeStampInfo().getGenTime().toInstant();
    try {
      TSPUtil.validateCertificate(signer);
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signer));
    } catch (TSPException e) {
      throw new TimestampRejectedException("The token does not verify: " + e.getMessage(), e);
    } catch (OperatorCreationException | CertificateException e) {
      throw new TimestampRejectedException("The TSA's certificate cannot be read", e);
    }
    X509Certificate anchor =
        trustAnchor(
            converted(signer), converted(token.getCertificates().getMatches(null)), trusted, time);
    return new Stamp(
        reply.clone(),
        commonName(signer.getSubject()),
        time,
        token.getTimeStampInfo().getSerialNumber().toString(),
        developmentRoots.contains(anchor));
  }

  private static X509Certificate trustAnchor(
      X509Certificate signer,
      List<X509Certificate> carried,
      Collection<X509Certificate> trusted,
      Instant time)
      throws TimestampRejectedException {
    if (trusted.contains(signer)) {
      return signer;
    }
    if (trusted.isEmpty()) {
      throw new TimestampRejectedException("No trusted TSA certificate is configured");
    }
    try {
      Set<TrustAnchor> anchors = new HashSet<>();
      trusted.forEach(cert -> anchors.add(new TrustAnchor(cert, null)));
      X509CertSelector target = new X509CertSelector();
      target.setCertificate(signer);
      PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(time));
      List<X509Certificate> pool = new ArrayList<>(carried);
      pool.add(signer);
      parameters.addCertStore(
          CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
      PKIXCertPathBuilderResult result =
          (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
      return result.getTrustAnchor().getTrustedCert();
    } catch (GeneralSecurityException e) {
      throw new TimestampRejectedException(
          "The TSA's certificate ("
              + signer.getSubjectX500Principal().getName()
              + ") does not chain to a trusted TSA certificate",
          e);
    }
  }

  private static List<X509Certificate> converted(Collection<?> holders)
      throws TimestampRejectedException {
    List<X509Certificate> certificates = new ArrayList<>();
    for (Object holder : holders) {
      certificates.add(converted((X509CertificateHolder) holder));
    }
    return certificates;
  }

  private static X509Certificate converted(X509CertificateHolder holder)
      throws TimestampRejectedException {
    try {
      return CONVERTER.getCertificate(holder);
    } catch (CertificateException e) {
      throw new TimestampRejectedException("A certificate in the token cannot be read", e);
    }
  }

  /** The subject's common name, or the whole name when it has none. */
  static String commonName(X500Name subject) {
    RDN[] names = subject.getRDNs(BCStyle.CN);
    return names.length == 0
        ? subject.toString()
        : IETFUtils.valueToString(names[0].getFirst().getValue());
  }
}
