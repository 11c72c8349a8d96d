package org.recourse.removal;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recourse.removal.url.PlatformDetector;
import org.recourse.removal.url.PlatformHosts;

/** The platform catalogue as stored, and the host detector built from it. */
@Dependent
public class PlatformRepository {

  @PersistenceContext private EntityManager em;

  /** The catalogue as shown: named platforms first, then the catch-all, each by name. */
  public List<Platform> all() {
    return em.createQuery("SELECT p FROM Platform p ORDER BY p.otherHost, p.name", Platform.class)
        .getResultList();
  }

  public Optional<Platform> find(long platformId) {
    return Optional.ofNullable(em.find(Platform.class, platformId));
  }

  public void flush() {
    em.flush();
  }

  /** Of the given hosts, those another platform has, each with that platform's name, by host. */
  public List<Object[]> claimedElsewhere(long platformId, Set<String> hosts) {
    return em.createQuery(
            "SELECT h, p.name FROM Platform p JOIN p.hosts h"
                + " WHERE p.id <> :id AND h IN :hosts ORDER BY h",
            Object[].class)
        .setParameter("id", platformId)
        .setParameter("hosts", hosts)
        .getResultList();
  }

  /** Finds a URL's platform by its host; a host no platform claims goes to the catch-all. */
  public PlatformDetector detector() {
    List<Platform> all = em.createQuery("SELECT p FROM Platform p", Platform.class).getResultList();
    long other =
        all.stream().filter(Platform::isOtherHost).findFirst().map(Platform::getId).orElseThrow();
    return new PlatformDetector(
        all.stream()
            .map(p -> new PlatformHosts(p.getId(), p.getCode(), List.copyOf(p.getHosts())))
            .toList(),
        other);
  }
}
