package org.recourse.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FacesMessagesTest {

  @Test
  void aFieldIsNamedInWordsNotByItsInternalName() {
    assertEquals("Contact details", FacesMessages.words("values.contactDetails"));
    assertEquals("Title", FacesMessages.words("title"));
    assertEquals("Date of birth", FacesMessages.words("victim.dateOfBirth"));
  }
}
