package dev.revops.billing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.revops.archrules.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package and purity rules of DESIGN.md true for revops-billing's main classes. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  void domainPackagesDoNoIo() {
    ArchitectureRules.doNoIo(resideOutsideOfPackages("..port..", "dev.revops.billing.internal.."))
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
  void billingDependsOnCoreOnly() {
    ArchitectureRules.dependOnNothingIn("dev.revops.collections..", "dev.revops.metrics..")
        .because("billing, collections and metrics depend on core only")
        .check(classes);
  }

  @Test
  void nothingStartsThreadsOrPrints() {
    ArchitectureRules.printNothing()
        .orShould()
        .callConstructor(Thread.class)
        .orShould()
        .callMethod(java.util.concurrent.Executors.class, "newFixedThreadPool", int.class)
        .because("the library logs through SLF4J and runs on the caller's executor")
        .check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    ArchitectureRules.haveNoPackageCycles("dev.revops.billing")
        .because("each concept's package stands on the ones below it")
        .check(classes);
  }

  @Test
  void domainPackagesStayBelowPortsAndServices() {
    ArchitectureRules.keepDomainBelowPortsAndServices("dev.revops.billing")
        .because("use cases live in billing.service, above the domain and the ports")
        .check(classes);
  }
}
