package org.recourse;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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

  /**
   * Known cycles between packages, each allowed by name until its owner removes it; a new cycle
   * fails. evidence ⇄ evidence.export: the export writer reads evidence's entities while evidence's
   * ExportJob and EvidenceViews.Content carry the writer's types; it goes with the EvidenceService
   * split (issue 14, evidence part).
   */
  @Test
  void packagesAreFreeOfCycles() {
    slices()
        .matching("org.recourse.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            resideInAPackage("org.recourse.evidence.export"),
            resideInAPackage("org.recourse.evidence"))
        .check(classes);
  }
}
