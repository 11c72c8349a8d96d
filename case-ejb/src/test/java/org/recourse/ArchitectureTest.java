package org.recourse;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Features point one way: no two packages of the core depend on each other, directly or round a
 * longer loop. Read from the compiled classes, so an import, a field type or a call counts alike.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importCore() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.recourse");
  }

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("org.recourse.(*)..").should().beFreeOfCycles().check(classes);
  }

  /** Within features too: no two packages depend on each other, with no exception. */
  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.recourse.(**)").should().beFreeOfCycles().check(classes);
  }
}
