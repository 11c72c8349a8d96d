package org.recourse.removal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.recourse.removal.notice.LegalBasis;

/**
 * A platform or search engine content is reported to: how to reach it, the legal bases it accepts
 * and the host names that identify its URLs. Seeded, then corrected by administrators as platforms
 * move their forms. One platform is the catch-all "other host".
 */
@Entity
@Table(name = "platform")
public class Platform {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "form_url")
  private String formUrl;

  private String email;

  private String notes;

  @Column(name = "other_host", nullable = false)
  private boolean otherHost;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "platform_host", joinColumns = @JoinColumn(name = "platform_id"))
  @Column(name = "host")
  private Set<String> hosts = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "platform_basis", joinColumns = @JoinColumn(name = "platform_id"))
  @Column(name = "legal_basis")
  @Enumerated(EnumType.STRING)
  private Set<LegalBasis> bases = new LinkedHashSet<>();

  @Version private long version;

  protected Platform() {}

  public Platform(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getFormUrl() {
    return formUrl;
  }

  public void setFormUrl(String formUrl) {
    this.formUrl = formUrl;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public boolean isOtherHost() {
    return otherHost;
  }

  public Set<String> getHosts() {
    return hosts;
  }

  public void setHosts(Set<String> hosts) {
    this.hosts.clear();
    this.hosts.addAll(hosts);
  }

  public Set<LegalBasis> getBases() {
    return bases;
  }

  public void setBases(Set<LegalBasis> bases) {
    this.bases.clear();
    this.bases.addAll(bases);
  }

  public long getVersion() {
    return version;
  }
}
