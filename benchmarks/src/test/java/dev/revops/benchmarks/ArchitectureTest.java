package dev.revops.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the benchmarks honest about what they depend on. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
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

  @Test
  void largeDataBenchmarksUseOnlyRevopsAndTheirOwnFloors() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.revops.benchmarks.metrics..",
            "dev.revops.benchmarks.dunning..",
            "dev.revops.benchmarks.billrun..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "com.github.oxo42..",
            "org.squirrelframework..",
            "org.javamoney..",
            "org.joda..",
            "dev.revops.benchmarks.money..",
            "dev.revops.benchmarks.statemachine..")
        .because("their floors are hand-written in the same package, and no peer is involved")
        .check(classes);
  }
}
