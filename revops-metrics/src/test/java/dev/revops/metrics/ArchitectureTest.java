package dev.revops.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package and purity rules of DESIGN.md true for revops-metrics' main classes. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void classesWereImported() {
    assertThat(classes.containPackage("dev.revops.metrics.result")).isTrue();
  }

  @Test
  void domainPackagesDoNoIo() {
    ArchitectureRules.doNoIo()
        .because("metrics are pure functions and projections: I/O belongs to the host")
        .check(classes);
  }

  @Test
  void nothingReadsTheSystemClock() {
    ArchitectureRules.readNoSystemClock()
        .because("every API takes a Clock, an instant or a date")
        .check(classes);
  }

  @Test
  void metricsDependsOnCoreOnly() {
    ArchitectureRules.dependOnNothingIn(
            "dev.revops.billing..", "dev.revops.collections..", "dev.revops.testkit..")
        .because("metrics reads plain facts and events, never other modules' types")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    ArchitectureRules.haveNoPackageCycles("dev.revops.metrics")
        .because(
            "calculators build on result and internal, projections on the calculators, and"
                + " nothing reaches back")
        .check(classes);
  }

  @Test
  void nothingPrintsToTheConsoleOrStartsThreads() {
    ArchitectureRules.printNothing()
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(Thread.class)
        .because("the library logs through SLF4J only and starts no threads")
        .check(classes);
  }
}
