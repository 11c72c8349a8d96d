package org.recourse.web.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class HttpEdgeDependenciesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.recourse.web", "org.recourse.api");

  @Test
  void theEdgeDependsOnNoPageOrResource() {
    noClasses()
        .that()
        .resideInAPackage("org.recourse.web.http")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.recourse.api..", "org.recourse.web.evidence..", "org.recourse.web.privacy..")
        .check(CLASSES);
  }

  @Test
  void evidencePagesAndResourcesDoNotLeanOnEachOther() {
    noClasses()
        .that()
        .resideInAPackage("org.recourse.api.evidence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.recourse.web.evidence..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("org.recourse.web.evidence..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.recourse.api..")
        .check(CLASSES);
  }
}
