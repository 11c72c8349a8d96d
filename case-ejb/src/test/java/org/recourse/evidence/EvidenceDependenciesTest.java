package org.recourse.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class EvidenceDependenciesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.recourse.evidence", "org.recourse.privacy");

  @Test
  void theVaultKnowsNothingOfItsExports() {
    noClasses()
        .that()
        .resideInAPackage("org.recourse.evidence")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.recourse.evidence.export")
        .check(CLASSES);
  }

  @Test
  void evidenceKnowsNothingOfPrivacy() {
    noClasses()
        .that()
        .resideInAPackage("org.recourse.evidence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.recourse.privacy..")
        .check(CLASSES);
  }
}
