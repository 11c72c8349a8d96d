package org.recourse.removal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.casefile.CaseService;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.NotPermittedException;

@ExtendWith(MockitoExtension.class)
class RemovalAccessTest {

  @Mock CaseService cases;
  @Mock RemovalRepository repository;
  @InjectMocks RemovalAccess access;

  RemovalRequest request;

  @BeforeEach
  void aRequestOfCaseThree() {
    request =
        RemovalFixtures.request(
            7,
            RemovalFixtures.caseFile(3),
            RemovalFixtures.platform(2, "Imagehost", LegalBasis.TAKE_IT_DOWN),
            LegalBasis.TAKE_IT_DOWN);
  }

  @Test
  void theCaseTeamMayChangeItsRequests() {
    when(repository.find(7)).thenReturn(Optional.of(request));
    when(cases.accessToChange(3)).thenReturn(RemovalFixtures.team());

    assertSame(request, access.editable(7));
  }

  @Test
  void whoSeesTheCaseButIsNotOnItsTeamMayNotChangeItsRequests() {
    when(repository.find(7)).thenReturn(Optional.of(request));
    when(cases.accessToChange(3)).thenReturn(RemovalFixtures.onlooker());

    NotPermittedException refused =
        assertThrows(NotPermittedException.class, () -> access.editable(7));
    assertEquals("Only the case team works on its removal requests", refused.getMessage());
  }

  @Test
  void aRequestOfACaseOutOfReachIsAnsweredAsOneThatDoesNotExist() {
    when(repository.find(7)).thenReturn(Optional.of(request));
    when(cases.access(3)).thenThrow(new NotFoundException("No such case"));
    when(cases.accessToChange(3)).thenThrow(new NotFoundException("No such case"));

    assertEquals(
        "No such removal request",
        assertThrows(NotFoundException.class, () -> access.visible(7)).getMessage());
    assertEquals(
        "No such removal request",
        assertThrows(NotFoundException.class, () -> access.editable(7)).getMessage());
  }

  @Test
  void aMissingRequestIsNotFoundWithoutAskingTheCaseRule() {
    when(repository.find(7)).thenReturn(Optional.empty());

    assertEquals(
        "No such removal request",
        assertThrows(NotFoundException.class, () -> access.visible(7)).getMessage());
    verify(cases, never()).access(3);
  }

  @Test
  void anOnlookerMaySeeARequestButNotAddOneToTheCase() {
    when(repository.find(7)).thenReturn(Optional.of(request));
    when(cases.access(3)).thenReturn(RemovalFixtures.onlooker());
    when(cases.accessToChange(3)).thenReturn(RemovalFixtures.onlooker());

    assertSame(request, access.visible(7));
    assertThrows(NotPermittedException.class, () -> access.editableCase(3));
  }

  @Test
  void theTeamAddsRequestsToItsCase() {
    when(cases.accessToChange(3)).thenReturn(RemovalFixtures.team());
    when(repository.caseFile(3)).thenReturn(request.getCaseFile());

    assertSame(request.getCaseFile(), access.editableCase(3));
  }
}
