package dev.revops.archrules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The design rules every library module with a domain, ports and services keeps, as tests: a
 * module's {@code ArchitectureTest} extends this with its root package, the packages beside {@code
 * ..port..} that may do I/O, and the revops modules it must not depend on, and adds the rules of
 * its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureContract {
  private final String rootPackage;
  private final List<String> ioPackages;
  private final List<String> forbidden;

  /** The module's main classes, imported once for the class's tests. */
  protected JavaClasses classes;

  /**
   * Creates the contract for one module.
   *
   * @param rootPackage the module's root package, e.g. {@code dev.revops.billing}
   * @param ioPackages packages beside {@code ..port..} that may do I/O (ArchUnit patterns)
   * @param forbidden the revops packages the module must not depend on (ArchUnit patterns)
   */
  protected ModuleArchitectureContract(
      String rootPackage, List<String> ioPackages, List<String> forbidden) {
    this.rootPackage = rootPackage;
    this.ioPackages = List.copyOf(ioPackages);
    this.forbidden = List.copyOf(forbidden);
  }

  @BeforeAll
  void importMainClasses() {
    classes = ArchitectureRules.mainClasses();
  }

  @Test
  protected void domainPackagesDoNoIo() {
    List<String> allowed = new ArrayList<>(ioPackages);
    allowed.add("..port..");
    ArchitectureRules.doNoIo(resideOutsideOfPackages(allowed.toArray(String[]::new)))
        .because("domain code is pure: I/O belongs behind ports")
        .check(classes);
  }

  @Test
  protected void nothingReadsTheSystemClock() {
    ArchitectureRules.readNoSystemClock()
        .because("every API takes a Clock, an instant or a zone")
        .check(classes);
  }

  @Test
  protected void dependsOnNoOtherDomainModule() {
    ArchitectureRules.dependOnNothingIn(forbidden.toArray(String[]::new))
        .because("the domain modules build on core only, never on each other")
        .check(classes);
  }

  @Test
  protected void nothingPrintsToTheConsole() {
    ArchitectureRules.printNothing().because("the library logs through SLF4J only").check(classes);
  }

  @Test
  protected void packagesHaveNoCycles() {
    ArchitectureRules.haveNoPackageCycles(rootPackage)
        .because("a package cycle makes a module one lump that cannot be split or understood")
        .check(classes);
  }

  @Test
  protected void domainPackagesImportNeitherPortsNorServices() {
    ArchitectureRules.keepDomainBelowPortsAndServices(rootPackage)
        .because("use cases sit above the domain and the ports, never inside them")
        .check(classes);
  }
}
