package dev.revops.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the benchmarks honest about what they depend on. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(Path.of("target/classes"));
  }

  @Test
  void onlyUsesRevopsThroughItsPublicApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.revops..internal..")
        .because("benchmarks measure what a user can call")
        .check(classes);
  }

  @Test
  void moneyBenchmarksDoNotTouchTheStateMachinePeers() {
    noClasses()
        .that()
        .resideInAPackage("dev.revops.benchmarks.money..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "com.github.oxo42..", "org.squirrelframework..")
        .check(classes);
  }
}
