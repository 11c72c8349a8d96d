package org.recourse.removal.notice;

import java.util.List;

/**
 * The law or rule a removal notice relies on, with the placeholders a notice under it must have
 * filled. Where a statute lists the contents of a valid notice, {@link #requiredFields()} follows
 * that list:
 *
 * <ul>
 *   <li>TAKE IT DOWN Act, 47 U.S.C. § 223a(a)(1)(B): a physical or electronic signature; an
 *       identification of the depiction and information reasonably sufficient to locate it; a brief
 *       statement of the good-faith belief that it is not consensual, with relevant information;
 *       information sufficient to contact the individual.
 *   <li>DMCA, 17 U.S.C. § 512(c)(3)(A): a signature; identification of the copyrighted work;
 *       identification of the infringing material and its location; contact information; a
 *       good-faith statement; a statement, under penalty of perjury, that the notice is accurate
 *       and the complaining party is authorized to act for the owner.
 *   <li>EU Digital Services Act, Art. 16(2) of Regulation (EU) 2022/2065: an explanation of why the
 *       content is illegal; its exact electronic location; the submitter's name and e-mail address;
 *       a statement of bona fide belief that the notice is accurate and complete.
 * </ul>
 *
 * The other bases have no statutory list; a notice under them needs at least the location of the
 * material and a way to reply, and one relying on a court order needs the order's reference.
 */
public enum LegalBasis {
  TAKE_IT_DOWN(
      "TAKE IT DOWN Act (47 U.S.C. § 223a)",
      "Needed for a TAKE IT DOWN request (47 U.S.C. § 223a(a)(1)(B))",
      List.of(
          "signature",
          "contentUrls",
          "contentDescription",
          "goodFaithStatement",
          "contactDetails")),
  DMCA(
      "DMCA (17 U.S.C. § 512)",
      "Needed for a DMCA notice (17 U.S.C. § 512(c)(3)(A))",
      List.of(
          "signature",
          "copyrightedWork",
          "contentUrls",
          "contactDetails",
          "goodFaithStatement",
          "accuracyStatement")),
  PLATFORM_POLICY(
      "Platform policy",
      "Needed so that the platform can find the material and reply",
      List.of("contentUrls", "contactDetails")),
  DSA(
      "EU Digital Services Act, Art. 16",
      "Needed for a notice under the Digital Services Act (Regulation (EU) 2022/2065, Art. 16(2))",
      List.of("contentUrls", "explanation", "contactDetails", "goodFaithStatement")),
  ESAFETY(
      "Australia: Online Safety Act 2021 (eSafety)",
      "Needed so that the recipient can find the material and reply",
      List.of("contentUrls", "contactDetails")),
  SEARCH_DELISTING(
      "Search engine delisting",
      "Needed so that the search engine can find the results and reply",
      List.of("contentUrls", "contactDetails")),
  COURT_ORDER(
      "Court order",
      "Needed to identify the material, the court order and whom to reply to",
      List.of("contentUrls", "contactDetails", "courtOrderReference"));

  private final String label;
  private final String requirement;
  private final List<String> requiredFields;

  LegalBasis(String label, String requirement, List<String> requiredFields) {
    this.label = label;
    this.requirement = requirement;
    this.requiredFields = requiredFields;
  }

  /** How the basis is named to people, with its citation where it is a statute. */
  public String label() {
    return label;
  }

  /**
   * The placeholders a notice under this basis must have filled, in the order the law lists them.
   */
  public List<String> requiredFields() {
    return requiredFields;
  }

  /**
   * Why a required field is needed, as shown beside it when it is missing; for the DSA the contact
   * details are the submitter's name and e-mail address (Art. 16(2)(c)).
   */
  public String requirement(String field) {
    if (this == DSA && "contactDetails".equals(field)) {
      return requirement + ": the name and e-mail address of whoever submits the notice";
    }
    return requirement;
  }
}
