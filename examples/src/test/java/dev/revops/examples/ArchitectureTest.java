package dev.revops.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the examples honest: the simulation and the small examples are deterministic and pure (only
 * {@code Demo} and {@code KpisFromCsv}'s resource reading touch the outside world).
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void theSimulationDoesNoIo() {
    ArchitectureRules.doNoIo(resideInAPackage("dev.revops.examples.simulation.."))
        .because("the simulation is pure; the demo writes the report")
        .check(classes);
  }

  @Test
  void nothingReadsTheSystemClock() {
    ArchitectureRules.readNoSystemClock()
        .because("a run is deterministic for its seed: a ManualClock, never the system clock")
        .check(classes);
  }

  @Test
  void theSimulationDoesNotUseUnseededRandomness() {
    noClasses()
        .should()
        .callMethod(Math.class, "random")
        .orShould()
        .callConstructor(java.util.Random.class)
        .orShould()
        .callConstructor(java.util.SplittableRandom.class)
        .because("one SplittableRandom seeded from the options drives a run")
        .check(classes);
  }
}
