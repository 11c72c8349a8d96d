package org.recourse;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web module's shape: resources ({@code api}) and pages ({@code web}) meet only in the HTTP
 * edge ({@code web.http}: upload parsing, download headers, the current user, the recent-login
 * check, the form token, one problem writer); pages never use a resource; and no two packages
 * depend on each other.
 */
class WebArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.recourse.web", "org.recourse.api");

  @Test
  void noTwoPackagesDependOnEachOther() {
    slices().matching("org.recourse.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void pagesUseNoResource() {
    noClasses()
        .that()
        .resideInAPackage("org.recourse.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.recourse.api..")
        .check(CLASSES);
  }

  @Test
  void resourcesReachThePagesOnlyThroughTheEdge() {
    noClasses()
        .that()
        .resideInAPackage("org.recourse.api..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("org.recourse.web..")
                .and(not(resideInAPackage("org.recourse.web.http.."))))
        .check(CLASSES);
  }
}
