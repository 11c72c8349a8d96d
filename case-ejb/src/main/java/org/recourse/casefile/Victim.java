package org.recourse.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.recourse.shared.crypto.EncryptedLocalDateConverter;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * The client: the person whose images were shared. Everyone sees the pseudonym; the legal name,
 * date of birth, contact details, code word and "never contact through" notes are encrypted in the
 * database and shown to the case team only. The date of birth matters: a victim who was a minor
 * changes which laws apply and may toll limitation periods.
 */
@Entity
@Table(name = "victim")
@Audited
public class Victim {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(nullable = false)
  private String pseudonym;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "legal_name_enc")
  private String legalName;

  @Convert(converter = EncryptedLocalDateConverter.class)
  @Column(name = "date_of_birth_enc")
  private LocalDate dateOfBirth;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "email_enc")
  private String email;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "phone_enc")
  private String phone;

  @Column(name = "preferred_language")
  private String preferredLanguage;

  @Column(name = "safe_by_call", nullable = false)
  private boolean safeByCall;

  @Column(name = "safe_by_text", nullable = false)
  private boolean safeByText;

  @Column(name = "safe_by_email", nullable = false)
  private boolean safeByEmail;

  @Column(name = "safe_by_voicemail", nullable = false)
  private boolean safeByVoicemail;

  @Column(name = "safe_times")
  private String safeTimes;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "code_word_enc")
  private String codeWord;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "never_contact_enc")
  private String neverContactThrough;

  @Version private long version;

  protected Victim() {}

  public Victim(CaseFile caseFile, String pseudonym) {
    this.caseFile = caseFile;
    this.pseudonym = pseudonym;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  /** The date of birth, stored encrypted (as its ISO text). */
  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage = preferredLanguage;
  }

  public boolean isSafeByCall() {
    return safeByCall;
  }

  public boolean isSafeByText() {
    return safeByText;
  }

  public boolean isSafeByEmail() {
    return safeByEmail;
  }

  public boolean isSafeByVoicemail() {
    return safeByVoicemail;
  }

  public void setSafeChannels(boolean call, boolean text, boolean email, boolean voicemail) {
    this.safeByCall = call;
    this.safeByText = text;
    this.safeByEmail = email;
    this.safeByVoicemail = voicemail;
  }

  public String getSafeTimes() {
    return safeTimes;
  }

  public void setSafeTimes(String safeTimes) {
    this.safeTimes = safeTimes;
  }

  public String getCodeWord() {
    return codeWord;
  }

  public void setCodeWord(String codeWord) {
    this.codeWord = codeWord;
  }

  public String getNeverContactThrough() {
    return neverContactThrough;
  }

  public void setNeverContactThrough(String neverContactThrough) {
    this.neverContactThrough = neverContactThrough;
  }

  public long getVersion() {
    return version;
  }
}
