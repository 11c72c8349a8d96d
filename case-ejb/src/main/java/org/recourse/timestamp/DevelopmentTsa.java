package org.recourse.timestamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The TSA of development and tests: a root certificate and a time-stamping certificate it issues
 * (extended key usage timeStamping, critical), generated once and kept under the data directory,
 * and BouncyCastle's response generator with the server's own clock. Its tokens are real RFC 3161
 * tokens that {@code openssl ts -verify} accepts against its root, but they prove nothing to an
 * outsider: whoever runs the server holds its key. Its names say so, and every token it signs is
 * shown as coming from a development TSA.
 */
public final class DevelopmentTsa {

  /** The common name of the signing certificate, as shown with each token. */
  public static final String NAME = "Recourse development TSA (not independent)";

  /** The common name of the development root. */
  public static final String ROOT_NAME = NAME + " root";

  /** The policy the development TSA stamps under (an OID from a UUID, ITU-T X.667). */
  static final ASN1ObjectIdentifier POLICY =
      new ASN1ObjectIdentifier("2.25.199563108498046123806215870917834062129");

  private static final String KEY_FILE = "dev-tsa-key.der";
  private static final String CHAIN_FILE = "dev-tsa-chain.pem";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Object FILES = new Object();

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final X509Certificate root;

  private DevelopmentTsa(PrivateKey key, X509Certificate certificate, X509Certificate root) {
    this.key = key;
    this.certificate = certificate;
    this.root = root;
  }

  /** A new TSA with fresh keys, held in memory only (tests make independent ones this way). */
  public static DevelopmentTsa generate(String name, Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair rootKeys = generator.generateKeyPair();
      KeyPair tsaKeys = generator.generateKeyPair();
      X500Name rootName = new X500Name("CN=" + name + " root, O=Recourse development");
      Instant from = now.minus(Duration.ofDays(1));
      Instant until = now.plus(Duration.ofDays(3650));
      JcaX509v3CertificateBuilder rootBuilder =
          new JcaX509v3CertificateBuilder(
              rootName,
              serial(),
              Date.from(from),
              Date.from(until),
              rootName,
              rootKeys.getPublic());
      rootBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      rootBuilder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate root = certificate(rootBuilder, rootKeys.getPrivate());
      JcaX509v3CertificateBuilder tsaBuilder =
          new JcaX509v3CertificateBuilder(
              rootName,
              serial(),
              Date.from(from),
              Date.from(until),
              new X500Name("CN=" + name + ", O=Recourse development"),
              tsaKeys.getPublic());
      tsaBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      tsaBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      tsaBuilder.addExtension(
          Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
      X509Certificate tsa = certificate(tsaBuilder, rootKeys.getPrivate());
      return new DevelopmentTsa(tsaKeys.getPrivate(), tsa, root);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException("Could not generate the development TSA's keys", e);
    }
  }

  /**
   * The development TSA kept in a folder, generated there the first time: its private key as PKCS#8
   * (readable by the server's user only, like the development keys beside it) and its certificate
   * and root as PEM.
   */
  public static DevelopmentTsa loadOrCreate(Path folder) {
    synchronized (FILES) {
      return loadOrCreateLocked(folder);
    }
  }

  private static DevelopmentTsa loadOrCreateLocked(Path folder) {
    Path keyFile = folder.resolve(KEY_FILE);
    Path chainFile = folder.resolve(CHAIN_FILE);
    try {
      if (Files.exists(keyFile) && Files.exists(chainFile)) {
        PrivateKey key =
            KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
        List<X509Certificate> chain = Pem.read(chainFile);
        return new DevelopmentTsa(key, chain.get(0), chain.get(1));
      }
      DevelopmentTsa tsa = generate(NAME, Instant.now());
      Files.createDirectories(folder);
      writePrivately(keyFile, tsa.key.getEncoded());
      Files.writeString(chainFile, Pem.of(List.of(tsa.certificate, tsa.root)));
      return tsa;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the development TSA's keys in " + folder, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not read the development TSA's key", e);
    }
  }

  /**
   * The root of a development TSA kept in a folder, without generating one: tokens it signed while
   * it was enabled still check (as development tokens) after it is turned off. Empty when its files
   * are absent or unreadable.
   */
  public static Optional<X509Certificate> keptRoot(Path folder) {
    synchronized (FILES) {
      Path chainFile = folder.resolve(CHAIN_FILE);
      if (!Files.exists(folder.resolve(KEY_FILE)) || !Files.isReadable(chainFile)) {
        return Optional.empty();
      }
      try {
        List<X509Certificate> chain = Pem.read(chainFile);
        return chain.size() < 2 ? Optional.empty() : Optional.of(chain.get(1));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
  }

  private static void writePrivately(Path file, byte[] content) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), "dev-tsa", ".tmp");
    temporary.toFile().setReadable(false, false);
    temporary.toFile().setReadable(true, true);
    Files.write(temporary, content);
    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The certificate tokens are signed with. */
  public X509Certificate certificate() {
    return certificate;
  }

  /** The root that issued it: the certificate to trust, and to give {@code openssl -CAfile}. */
  public X509Certificate root() {
    return root;
  }

  /** Answers a DER time-stamp request with a DER reply (a granted token, or a refusal). */
  public byte[] reply(byte[] request, Instant now) {
    try {
      TimeStampRequest parsed = new TimeStampRequest(request);
      DigestCalculator sha256 =
          new JcaDigestCalculatorProviderBuilder()
              .build()
              .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
      TimeStampTokenGenerator tokens =
          new TimeStampTokenGenerator(
              new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key, certificate),
              sha256,
              POLICY);
      tokens.addCertificates(new JcaCertStore(List.of(certificate, root)));
      return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
          .generate(parsed, serial(), Date.from(now))
          .getEncoded();
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a time-stamp request", e);
    } catch (TSPException | OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("The development TSA could not sign", e);
    }
  }

  private static X509Certificate certificate(JcaX509v3CertificateBuilder builder, PrivateKey signer)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
  }

  private static BigInteger serial() {
    return new BigInteger(63, RANDOM);
  }
}
