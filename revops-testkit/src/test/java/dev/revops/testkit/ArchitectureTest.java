package dev.revops.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the testkit's main classes pure like the modules they test: no I/O, no system clock, no
 * console, and only the public API of core, billing and collections.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void theTestkitDoesNoIo() {
    ArchitectureRules.doNoIo()
        .because("arbitraries and contracts are pure; adapters under test bring their own I/O")
        .check(classes);
  }

  @Test
  void nothingReadsTheSystemClock() {
    ArchitectureRules.readNoSystemClock()
        .because("generated values must be reproducible from jqwik's seed")
        .check(classes);
  }

  @Test
  void onlyThePublicApiOfCoreBillingAndCollectionsIsUsed() {
    ArchitectureRules.dependOnNothingIn(
            "dev.revops.metrics..", "dev.revops.examples..", "..internal..")
        .because("the testkit tests what users can call")
        .check(classes);
  }

  @Test
  void nothingPrintsToTheConsole() {
    ArchitectureRules.printNothing()
        .because("failures are reported by jqwik and JUnit")
        .check(classes);
  }
}
