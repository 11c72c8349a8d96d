package org.recourse.web.casefile;

import java.io.Serializable;
import java.time.LocalDate;
import org.recourse.casefile.CaseCommands.VictimInput;
import org.recourse.casefile.CaseViews.VictimDetails;

/**
 * The victim's part of a form, as the intake wizard and the case page both edit it: pseudonym,
 * identity, contact and the safe-contact plan.
 */
public class VictimForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String pseudonym;
  private String legalName;
  private LocalDate dateOfBirth;
  private String email;
  private String phone;
  private String preferredLanguage;
  private boolean safeByCall;
  private boolean safeByText;
  private boolean safeByEmail;
  private boolean safeByVoicemail;
  private String safeTimes;
  private String codeWord;
  private String neverContactThrough;

  /** A form filled with what the case holds (identity fields are null outside the team). */
  static VictimForm of(VictimDetails victim) {
    VictimForm form = new VictimForm();
    form.pseudonym = victim.pseudonym();
    form.legalName = victim.legalName();
    form.dateOfBirth = victim.dateOfBirth();
    form.email = victim.email();
    form.phone = victim.phone();
    form.preferredLanguage = victim.preferredLanguage();
    form.safeByCall = victim.safeContact().call();
    form.safeByText = victim.safeContact().text();
    form.safeByEmail = victim.safeContact().email();
    form.safeByVoicemail = victim.safeContact().voicemail();
    form.safeTimes = victim.safeContact().times();
    form.codeWord = victim.safeContact().codeWord();
    form.neverContactThrough = victim.safeContact().neverContactThrough();
    return form;
  }

  VictimInput toInput() {
    return new VictimInput(
        pseudonym,
        legalName,
        dateOfBirth,
        email,
        phone,
        preferredLanguage,
        safeByCall,
        safeByText,
        safeByEmail,
        safeByVoicemail,
        safeTimes,
        codeWord,
        neverContactThrough);
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

  public void setSafeByCall(boolean safeByCall) {
    this.safeByCall = safeByCall;
  }

  public boolean isSafeByText() {
    return safeByText;
  }

  public void setSafeByText(boolean safeByText) {
    this.safeByText = safeByText;
  }

  public boolean isSafeByEmail() {
    return safeByEmail;
  }

  public void setSafeByEmail(boolean safeByEmail) {
    this.safeByEmail = safeByEmail;
  }

  public boolean isSafeByVoicemail() {
    return safeByVoicemail;
  }

  public void setSafeByVoicemail(boolean safeByVoicemail) {
    this.safeByVoicemail = safeByVoicemail;
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
}
