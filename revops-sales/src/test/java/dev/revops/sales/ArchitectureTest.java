package dev.revops.sales;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package and purity rules of DESIGN.md true for revops-sales' main classes. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void domainPackagesDoNoIo() {
    ArchitectureRules.doNoIo(resideOutsideOfPackages("dev.revops.sales.internal..", "..port.."))
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
  void salesDependsOnCoreOnly() {
    ArchitectureRules.dependOnNothingIn(
            "dev.revops.billing..", "dev.revops.collections..", "dev.revops.metrics..")
        .because("the domain modules depend on core only, never on each other")
        .check(classes);
  }

  @Test
  void nothingPrintsToTheConsole() {
    ArchitectureRules.printNothing().because("the library logs through SLF4J only").check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    ArchitectureRules.haveNoPackageCycles("dev.revops.sales")
        .because("a package cycle makes a module one lump that cannot be split or understood")
        .check(classes);
  }

  @Test
  void domainPackagesImportNeitherPortsNorServices() {
    ArchitectureRules.keepDomainBelowPortsAndServices("dev.revops.sales")
        .because("use cases sit above the domain and the ports, never inside them")
        .check(classes);
  }
}
