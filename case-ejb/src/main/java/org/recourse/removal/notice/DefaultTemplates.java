package org.recourse.removal.notice;

/**
 * The template each legal basis starts from, which an advocate may adapt for a case. Each one holds
 * every field its basis requires (see {@link LegalBasis#requiredFields()}). {@code
 * {{requesterName}}} is the person the images show, named as they choose to be named to the
 * recipient; the notice may be sent by them or by an advocate on their behalf, and the wording fits
 * both. The TAKE IT DOWN and DMCA templates cite the provisions that make their notice valid, so
 * that the recipient cannot claim not to know what was asked of it.
 */
public final class DefaultTemplates {

  private static final String TAKE_IT_DOWN =
      """
      Subject: TAKE IT DOWN Act removal request: nonconsensual intimate visual depiction

      To the {{platformName}} trust and safety team,

      This is a request, made by or on behalf of {{requesterName}}, under the notice and removal \
      process of the TAKE IT DOWN Act, 47 U.S.C. § 223a, to remove an intimate visual depiction of \
      {{requesterName}} that was published on {{platformName}} without their consent. It contains \
      the information listed in 47 U.S.C. § 223a(a)(1)(B).

      1. Identification and location of the depiction
      {{contentDescription}}

      It can be found at:
      {{contentUrls}}

      2. Statement of good-faith belief
      {{goodFaithStatement}}

      3. Contact information
      {{contactDetails}}

      Under 47 U.S.C. § 223a(a)(3), a covered platform must remove the depiction as soon as \
      possible, and no later than 48 hours after receiving a valid request, and must make \
      reasonable efforts to identify and remove any known identical copies of it. Please confirm \
      to the contact above when this has been done.

      4. Signature
      {{signature}}

      Date: {{date}}
      """;

  private static final String DMCA =
      """
      Subject: DMCA notice of copyright infringement (17 U.S.C. § 512(c)(3))

      To the designated copyright agent of {{platformName}},

      I submit this notification of claimed infringement under the Digital Millennium Copyright \
      Act, 17 U.S.C. § 512(c)(3)(A), and ask that the material identified below be removed or \
      access to it disabled expeditiously.

      1. The copyrighted work
      {{copyrightedWork}}

      2. The infringing material and where it is
      {{contentUrls}}

      3. Contact information
      {{contactDetails}}

      4. Statement of good faith
      {{goodFaithStatement}}

      5. Statement of accuracy and authority
      {{accuracyStatement}}

      6. Signature
      {{signature}}

      Date: {{date}}
      """;

  private static final String PLATFORM_POLICY =
      """
      Subject: Report of non-consensual intimate imagery on {{platformName}}

      To the {{platformName}} trust and safety team,

      This report is made by or on behalf of {{requesterName}}, who is shown in intimate images \
      that were shared on {{platformName}} without their consent. Sharing such images breaks your \
      rules on non-consensual intimate imagery. Please remove them, prevent them from being \
      uploaded again, and act against the accounts that posted them.

      The material is at:
      {{contentUrls}}

      Please send your decision, and any question you have, to:
      {{contactDetails}}

      Date: {{date}}
      """;

  private static final String DSA =
      """
      Subject: Notice of illegal content under Article 16 of the Digital Services Act

      To {{platformName}},

      This is a notice under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act) about \
      content on your service that is illegal: intimate images of a person shared without their \
      consent.

      1. Why the content is illegal (Art. 16(2)(a))
      {{explanation}}

      2. Exact electronic location of the content (Art. 16(2)(b))
      {{contentUrls}}

      3. Name and e-mail address of the submitter (Art. 16(2)(c))
      {{contactDetails}}

      4. Statement of bona fide belief (Art. 16(2)(d))
      {{goodFaithStatement}}

      Please confirm receipt and inform us of your decision, as Article 16(4) and (5) provide.

      Date: {{date}}
      """;

  private static final String ESAFETY =
      """
      Subject: Removal of intimate images shared without consent (Online Safety Act 2021)

      To {{platformName}},

      This request is made by or on behalf of {{requesterName}}. Intimate images of them have been \
      provided on your service without their consent. Under the Online Safety Act 2021 (Cth), the eSafety \
      Commissioner may give the provider of a service a removal notice requiring such images to be \
      removed. We ask you to remove them now, without waiting for one.

      The images are at:
      {{contentUrls}}

      Please confirm the removal to:
      {{contactDetails}}

      If the images are not removed, we will report them to the eSafety Commissioner.

      Date: {{date}}
      """;

  private static final String SEARCH_DELISTING =
      """
      Subject: Request to remove search results showing non-consensual intimate images

      To {{platformName}},

      This request is made by or on behalf of {{requesterName}}. The pages below show intimate \
      images of them that were published without their consent. Please remove these pages and any images from \
      them from your search results, including image search, and from results for searches on \
      their name.

      The pages are:
      {{contentUrls}}

      Please send your decision to:
      {{contactDetails}}

      Date: {{date}}
      """;

  private static final String COURT_ORDER =
      """
      Subject: Court order requiring removal of content: {{courtOrderReference}}

      To {{platformName}},

      The court order {{courtOrderReference}}, a copy of which is attached, requires the content \
      below to be removed. We ask you to remove it and to confirm that you have done so.

      The content is at:
      {{contentUrls}}

      Please confirm the removal, or raise any question about the order, with:
      {{contactDetails}}

      Date: {{date}}
      """;

  private DefaultTemplates() {}

  /** The default template of a basis, with a "Subject: " line. */
  public static String forBasis(LegalBasis basis) {
    return switch (basis) {
      case TAKE_IT_DOWN -> TAKE_IT_DOWN;
      case DMCA -> DMCA;
      case PLATFORM_POLICY -> PLATFORM_POLICY;
      case DSA -> DSA;
      case ESAFETY -> ESAFETY;
      case SEARCH_DELISTING -> SEARCH_DELISTING;
      case COURT_ORDER -> COURT_ORDER;
    };
  }
}
