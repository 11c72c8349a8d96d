package org.recourse.removal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recourse.shared.InvalidInputException;

class NoticeRendererTest {

  private static final String TAKE_IT_DOWN_TEMPLATE =
      """
      Subject: Removal request for {{platformName}}

      Content: {{contentDescription}} at {{contentUrls}}
      Statement: {{goodFaithStatement}}
      Contact: {{contactDetails}}
      Signed: {{signature}}
      """;

  private final NoticeRenderer renderer = new NoticeRenderer();

  @Test
  void fillsEveryPlaceholderWithItsValue() {
    RenderedNotice notice =
        renderer.render(new NoticeDraft(LegalBasis.TAKE_IT_DOWN, TAKE_IT_DOWN_TEMPLATE, values()));

    assertEquals(
        """
        Content: One photograph at https://example.test/p/1
        Statement: I did not consent.
        Contact: advocate@example.test
        Signed: /A. Example/
        """,
        notice.text());
  }

  @Test
  void aMissingRequiredValueIsNamedWithTheProvisionThatRequiresIt() {
    Map<String, String> values = values();
    values.remove("signature");
    values.put("goodFaithStatement", "   ");

    MissingNoticeFieldsException missing =
        assertThrows(
            MissingNoticeFieldsException.class,
            () ->
                renderer.render(
                    new NoticeDraft(LegalBasis.TAKE_IT_DOWN, TAKE_IT_DOWN_TEMPLATE, values)));

    assertEquals(
        List.of("signature", "goodFaithStatement"), List.copyOf(missing.fieldErrors().keySet()));
    assertEquals(
        "Needed for a TAKE IT DOWN request (47 U.S.C. § 223a(a)(1)(B))",
        missing.fieldErrors().get("signature"));
    assertInstanceOf(InvalidInputException.class, missing);
  }

  @Test
  void aRequiredFieldTheTemplateLeavesOutIsNamedEvenWithAValue() {
    String template = TAKE_IT_DOWN_TEMPLATE.replace("Signed: {{signature}}\n", "");

    MissingNoticeFieldsException missing =
        assertThrows(
            MissingNoticeFieldsException.class,
            () -> renderer.render(new NoticeDraft(LegalBasis.TAKE_IT_DOWN, template, values())));

    assertEquals(
        Map.of(
            "signature",
            "Needed for a TAKE IT DOWN request (47 U.S.C. § 223a(a)(1)(B)); the template has no"
                + " {{signature}}"),
        missing.fieldErrors());
  }

  @Test
  void aPlaceholderWithoutAValueIsNamedAsMissing() {
    String template = "Dear {{recipientTeam}},\n{{contentUrls}}\n{{contactDetails}}\n";

    MissingNoticeFieldsException missing =
        assertThrows(
            MissingNoticeFieldsException.class,
            () ->
                renderer.render(
                    new NoticeDraft(
                        LegalBasis.PLATFORM_POLICY,
                        template,
                        Map.of("contentUrls", "https://example.test/a", "contactDetails", "x"))));

    assertEquals(
        Map.of("recipientTeam", "The template uses {{recipientTeam}}, which has no value"),
        missing.fieldErrors());
    assertTrue(missing.getMessage().contains("recipientTeam"), missing.getMessage());
  }

  @Test
  void everyMissingFieldOfADmcaNoticeIsNamed() {
    MissingNoticeFieldsException missing =
        assertThrows(
            MissingNoticeFieldsException.class,
            () ->
                renderer.render(
                    new NoticeDraft(
                        LegalBasis.DMCA, DefaultTemplates.forBasis(LegalBasis.DMCA), null)));

    assertEquals(
        List.of(
            "signature",
            "copyrightedWork",
            "contentUrls",
            "contactDetails",
            "goodFaithStatement",
            "accuracyStatement",
            "platformName",
            "date"),
        List.copyOf(missing.fieldErrors().keySet()));
    assertEquals(
        "Needed for a DMCA notice (17 U.S.C. § 512(c)(3)(A))",
        missing.fieldErrors().get("accuracyStatement"));
  }

  @Test
  void theDsaAsksForTheSubmittersNameAndEmail() {
    MissingNoticeFieldsException missing =
        assertThrows(
            MissingNoticeFieldsException.class,
            () ->
                renderer.render(
                    new NoticeDraft(
                        LegalBasis.DSA,
                        "{{contentUrls}} {{explanation}} {{goodFaithStatement}} {{contactDetails}}",
                        Map.of(
                            "contentUrls", "u", "explanation", "e", "goodFaithStatement", "g"))));

    assertTrue(
        missing.fieldErrors().get("contactDetails").contains("name and e-mail address"),
        missing.fieldErrors().toString());
  }

  @Test
  void theSubjectLineBecomesTheSubjectAndLeavesTheText() {
    RenderedNotice notice =
        renderer.render(new NoticeDraft(LegalBasis.TAKE_IT_DOWN, TAKE_IT_DOWN_TEMPLATE, values()));

    assertEquals("Removal request for Example Social", notice.subject());
    assertTrue(notice.text().startsWith("Content: "), notice.text());
  }

  @Test
  void aSubjectIsOneLineEvenWhenAValueHasLineBreaks() {
    RenderedNotice notice =
        renderer.render(
            new NoticeDraft(
                LegalBasis.PLATFORM_POLICY,
                "Subject: About {{platformName}}\r\n\r\n{{contentUrls}}\r\n{{contactDetails}}",
                Map.of(
                    "platformName", "Example\r\nBcc: someone@example.test",
                    "contentUrls", "https://example.test/a",
                    "contactDetails", "advocate@example.test")));

    assertEquals("About Example Bcc: someone@example.test", notice.subject());
    assertEquals("https://example.test/a\nadvocate@example.test", notice.text());
  }

  @Test
  void withoutASubjectLineTheSubjectIsEmptyAndTheTextWhole() {
    String template = "Re: Subject: {{contentUrls}}\n{{contactDetails}}";

    RenderedNotice notice =
        renderer.render(
            new NoticeDraft(
                LegalBasis.ESAFETY, template, Map.of("contentUrls", "u", "contactDetails", "c")));

    assertEquals("", notice.subject());
    assertEquals("Re: Subject: u\nc", notice.text());
  }

  @Test
  void valuesAreInsertedVerbatimAndNotFilledAgain() {
    String value = "<b>{{contactDetails}}</b> & $1 \\n";

    RenderedNotice notice =
        renderer.render(
            new NoticeDraft(
                LegalBasis.SEARCH_DELISTING,
                "{{contentUrls}} / {{ contactDetails }}",
                Map.of("contentUrls", value, "contactDetails", "c")));

    assertEquals(value + " / c", notice.text());
  }

  @Test
  void placeholdersAreListedOnceInOrderOfFirstUse() {
    assertEquals(
        List.of("b", "a", "c_2"),
        NoticeRenderer.placeholders("{{b}} {a} {{a}} {{b}} {{ c_2 }} {{}} {{1x}}"));
  }

  private static Map<String, String> values() {
    Map<String, String> values = new HashMap<>();
    values.put("platformName", "Example Social");
    values.put("contentDescription", "One photograph");
    values.put("contentUrls", "https://example.test/p/1");
    values.put("goodFaithStatement", "I did not consent.");
    values.put("contactDetails", "advocate@example.test");
    values.put("signature", "/A. Example/");
    return values;
  }
}
