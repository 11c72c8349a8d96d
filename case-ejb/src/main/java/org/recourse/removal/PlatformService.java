package org.recourse.removal;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.recourse.audit.RefusalRecorder;
import org.recourse.removal.RemovalCommands.PlatformChanges;
import org.recourse.removal.RemovalViews.PlatformView;
import org.recourse.removal.url.ContentUrls;
import org.recourse.removal.url.InvalidUrlException;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.StaleDataException;
import org.recourse.shared.Validation;

/**
 * The platform catalogue: everyone reads where and under which bases a platform takes requests;
 * administrators correct it as platforms move their forms. A host identifies one platform only,
 * else detection from a URL would be ambiguous.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
@Interceptors(RefusalRecorder.class)
public class PlatformService {

  @Inject private Validator validator;
  @Inject private PlatformRepository platforms;

  public List<PlatformView> platforms() {
    return platforms.all().stream().map(RemovalViews::of).toList();
  }

  @RolesAllowed(ADMIN)
  public PlatformView changePlatform(long platformId, PlatformChanges changes) {
    Validation.check(validator, changes);
    Platform platform =
        platforms.find(platformId).orElseThrow(() -> new NotFoundException("No such platform"));
    if (platform.getVersion() != changes.version()) {
      throw new StaleDataException("The platform was changed meanwhile; reload it");
    }
    Set<String> hosts = new TreeSet<>();
    for (String host : Optional.ofNullable(changes.hosts()).orElse(Set.of())) {
      String clean = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
      if (!clean.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
        throw new InvalidInputException("hosts", "Not a host name: " + host);
      }
      hosts.add(clean);
    }
    requireUnclaimed(platformId, hosts);
    if (changes.formUrl() != null && !changes.formUrl().isBlank()) {
      try {
        ContentUrls.normalise(changes.formUrl());
      } catch (InvalidUrlException e) {
        throw new InvalidInputException("formUrl", e.getMessage());
      }
    }
    platform.setName(changes.name().strip());
    platform.setFormUrl(RemovalWorkflow.blankToNull(changes.formUrl()));
    platform.setEmail(RemovalWorkflow.blankToNull(changes.email()));
    platform.setNotes(RemovalWorkflow.blankToNull(changes.notes()));
    platform.setHosts(hosts);
    platform.setBases(Optional.ofNullable(changes.bases()).orElse(Set.of()));
    platforms.flush();
    return RemovalViews.of(platform);
  }

  /** A host another platform has is refused, naming that platform (the database refuses it too). */
  private void requireUnclaimed(long platformId, Set<String> hosts) {
    if (hosts.isEmpty()) {
      return;
    }
    List<Object[]> claimed = platforms.claimedElsewhere(platformId, hosts);
    if (!claimed.isEmpty()) {
      throw new InvalidInputException(
          "hosts",
          claimed.stream()
              .map(row -> row[0] + " belongs to " + row[1])
              .collect(Collectors.joining("; ")));
    }
  }
}
