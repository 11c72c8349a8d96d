package org.recourse.removal.notice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultTemplatesTest {

  @ParameterizedTest
  @EnumSource(LegalBasis.class)
  void everyDefaultTemplateRendersWhenAllItsPlaceholdersHaveValues(LegalBasis basis) {
    String template = DefaultTemplates.forBasis(basis);
    Map<String, String> values = new LinkedHashMap<>();
    for (String name : NoticeRenderer.placeholders(template)) {
      values.put(name, "<" + name + " value>");
    }

    RenderedNotice notice = new NoticeRenderer().render(new NoticeDraft(basis, template, values));

    assertFalse(notice.subject().isBlank());
    assertFalse(notice.text().contains("{{"), notice.text());
    for (String field : basis.requiredFields()) {
      assertTrue(notice.text().contains("<" + field + " value>"), field);
    }
  }

  @ParameterizedTest
  @EnumSource(LegalBasis.class)
  void everyDefaultTemplateHoldsTheFieldsItsBasisRequires(LegalBasis basis) {
    List<String> used = NoticeRenderer.placeholders(DefaultTemplates.forBasis(basis));

    assertTrue(used.containsAll(basis.requiredFields()), basis + " uses " + used);
  }

  @ParameterizedTest
  @EnumSource(
      value = LegalBasis.class,
      names = {"TAKE_IT_DOWN", "DMCA"})
  void theStatutoryTemplatesCiteTheirStatute(LegalBasis basis) {
    String citation = basis == LegalBasis.DMCA ? "17 U.S.C. § 512(c)(3)(A)" : "47 U.S.C. § 223a";

    assertTrue(DefaultTemplates.forBasis(basis).contains(citation));
  }
}
