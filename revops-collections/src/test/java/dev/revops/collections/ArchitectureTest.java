package dev.revops.collections;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package and purity rules of DESIGN.md true for revops-collections' main classes. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void domainPackagesDoNoIo() {
    ArchitectureRules.doNoIo(resideOutsideOfPackages("..port.."))
        .because("domain code is pure: I/O belongs behind ports")
        .check(classes);
  }

  @Test
  void nothingReadsTheSystemClock() {
    ArchitectureRules.readNoSystemClock()
        .because("every API takes a Clock, an instant or a zone")
        .check(classes);
  }

  @Test
  void collectionsDependsOnCoreOnly() {
    ArchitectureRules.dependOnNothingIn("dev.revops.billing..", "dev.revops.metrics..")
        .because("collections works on receivables from any billing system")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    ArchitectureRules.haveNoPackageCycles("dev.revops.collections")
        .because("each concept's package builds on others without reaching back")
        .check(classes);
  }

  @Test
  void domainPackagesImportNeitherPortsNorServices() {
    ArchitectureRules.keepDomainBelowPortsAndServices("dev.revops.collections")
        .because("use cases in service sit above the domain and the ports")
        .check(classes);
  }

  @Test
  void nothingPrintsToTheConsole() {
    ArchitectureRules.printNothing().because("the library logs through SLF4J only").check(classes);
  }
}
