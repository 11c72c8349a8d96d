package org.recourse.timestamp;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.shared.Settings;

/**
 * The configured TSA: its address (or, with the development TSA enabled and no address set, the
 * application's own {@code /dev-tsa}), the certificates its tokens must chain to, and a client for
 * it. Settings are read at each use.
 */
@ApplicationScoped
public class TimestampAuthority {

  /** Where the application serves the development TSA, below its context root. */
  public static final String DEVELOPMENT_PATH = "/dev-tsa";

  private static final Logger LOG = Logger.getLogger(TimestampAuthority.class.getName());

  /** Said without the setting's value, which may carry a user name or a token. */
  private static final String BAD_URL =
      "recourse.timestamp.url is not an absolute http or https address with a host: it is"
          + " ignored, and new evidence is not timestamped until it is corrected.";

  private volatile DevelopmentTsa development;
  private volatile String lastRefused;

  /** The trusted-certificates file last said to be unreadable, so that it is said once. */
  private static volatile String unreadableWarned;

  /** What the admin's Security page shows. */
  public record TsaStatus(
      boolean configured,
      String url,
      boolean development,
      int trustedCertificates,
      List<String> warnings)
      implements Serializable {

    public TsaStatus {
      warnings = List.copyOf(warnings);
    }
  }

  /** The development TSA, when the settings enable it. */
  public Optional<DevelopmentTsa> developmentTsa() {
    if (!TimestampSettings.current().developmentTsa()) {
      return Optional.empty();
    }
    DevelopmentTsa tsa = development;
    if (tsa == null) {
      tsa = DevelopmentTsa.loadOrCreate(Settings.dataDirectory().resolve("dev-tsa"));
      development = tsa;
    }
    return Optional.of(tsa);
  }

  /**
   * The TSA's address; empty when none is configured, or when the configured one is not an absolute
   * http(s) address with a host: a bad setting counts as "not configured" (with a warning on the
   * administration page and once in the log), so that it can never fail a receipt.
   */
  public Optional<URI> url() {
    TimestampSettings settings = TimestampSettings.current();
    if (settings.url().isPresent()) {
      Optional<URI> address = address(settings.url().get());
      if (address.isEmpty() && !settings.url().get().equals(lastRefused)) {
        lastRefused = settings.url().get();
        LOG.warning(BAD_URL);
      }
      return address;
    }
    if (settings.developmentTsa()) {
      int port =
          8080 + Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
      return Optional.of(URI.create("http://127.0.0.1:" + port + "/recourse" + DEVELOPMENT_PATH));
    }
    return Optional.empty();
  }

  /** A configured TSA address, when it is an absolute http(s) URI with a host. */
  static Optional<URI> address(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null) {
        return Optional.of(uri);
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** A client for the configured TSA; empty when none is configured. */
  public Optional<TsaClient> client() {
    TimestampSettings settings = TimestampSettings.current();
    return url()
        .map(
            address ->
                new TsaClient(
                    address,
                    settings.user(),
                    settings.password(),
                    withRoots(enabledDevelopmentRoots()),
                    enabledDevelopmentRoots()));
  }

  /**
   * The certificates a stored token is checked against: the configured ones and the development
   * root (see {@link #developmentRoots()}).
   */
  public List<X509Certificate> trusted() {
    return withRoots(developmentRoots());
  }

  /**
   * The development TSA's root: the enabled one's, or, once it is turned off, the one it left under
   * the data directory, so that the tokens it signed still check, labelled as development, rather
   * than reading as tampered. New tokens are accepted from it only while it is enabled.
   */
  public List<X509Certificate> developmentRoots() {
    List<X509Certificate> enabled = enabledDevelopmentRoots();
    if (!enabled.isEmpty()) {
      return enabled;
    }
    return DevelopmentTsa.keptRoot(Settings.dataDirectory().resolve("dev-tsa"))
        .map(List::of)
        .orElse(List.of());
  }

  private List<X509Certificate> enabledDevelopmentRoots() {
    return developmentTsa().map(tsa -> List.of(tsa.root())).orElse(List.of());
  }

  private static List<X509Certificate> withRoots(List<X509Certificate> developmentRoots) {
    List<X509Certificate> trusted = new ArrayList<>();
    TimestampSettings.current()
        .trustedCertificates()
        .filter(Files::isReadable)
        .ifPresent(file -> trusted.addAll(readable(file)));
    trusted.addAll(developmentRoots);
    return trusted;
  }

  /**
   * The certificates of the trusted-certificates file; none when it holds no readable certificate
   * (the administration page says so), so that a bad file refuses tokens instead of failing every
   * receipt, anchor and check.
   */
  private static List<X509Certificate> readable(Path file) {
    try {
      return Pem.read(file);
    } catch (RuntimeException e) {
      if (!file.toString().equals(unreadableWarned)) {
        unreadableWarned = file.toString();
        LOG.warning(
            () ->
                "The trusted TSA certificates file holds no readable certificate: "
                    + e.getClass().getSimpleName());
      }
      return List.of();
    }
  }

  /** The state of the configuration, with what an administrator should know about it. */
  public TsaStatus status() {
    TimestampSettings settings = TimestampSettings.current();
    List<String> warnings = new ArrayList<>();
    Optional<URI> url = url();
    if (settings.url().isPresent() && url.isEmpty()) {
      warnings.add(BAD_URL);
    } else if (url.isEmpty()) {
      warnings.add(
          "No time-stamping authority is configured: new evidence is not timestamped and the"
              + " logs are not anchored. Set recourse.timestamp.url and"
              + " recourse.timestamp.trusted-certs.");
    }
    if (settings.developmentTsa()) {
      warnings.add(
          "The development TSA is enabled: its tokens are signed by this server's own key and"
              + " prove nothing to an outsider. Configure an independent TSA in production.");
    }
    int trustedCount = 0;
    if (settings.trustedCertificates().isPresent()) {
      if (!Files.isReadable(settings.trustedCertificates().get())) {
        warnings.add(
            "The trusted TSA certificates file "
                + settings.trustedCertificates().get()
                + " cannot be read.");
      } else {
        trustedCount = readable(settings.trustedCertificates().get()).size();
        if (trustedCount == 0) {
          warnings.add("The trusted TSA certificates file holds no readable certificate.");
        }
      }
    } else if (url.isPresent() && !settings.developmentTsa()) {
      warnings.add(
          "No trusted TSA certificate is configured (recourse.timestamp.trusted-certs): every"
              + " token will be refused.");
    }
    List<X509Certificate> developmentRoots = developmentRoots();
    trustedCount += developmentRoots.size();
    if (!settings.developmentTsa() && !developmentRoots.isEmpty()) {
      warnings.add(
          "The development TSA is off; its root is still used to check the tokens it signed"
              + " earlier, which are shown as development timestamps.");
    }
    return new TsaStatus(
        url.isPresent(),
        url.map(URI::toString).orElse(null),
        settings.developmentTsa(),
        trustedCount,
        warnings);
  }
}
