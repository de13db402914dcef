package dev.revops.archrules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * The rules of DESIGN.md that every module checks on its own main classes (pure domain, no system
 * clock, no console, module boundaries), written once. Each module's {@code ArchitectureTest} picks
 * the rules, names the packages that differ and gives its reason with {@link
 * ArchRule#because(String)}. It reaches the other modules' tests as revops-core's test jar, in a
 * package of its own so it never splits a package of a named module.
 */
public final class ArchitectureRules {
  private static final String[] IO_PACKAGES = {
    "java.io..", "java.net..", "java.sql..", "java.nio.file.."
  };

  private ArchitectureRules() {}

  /**
   * Imports the module's main classes; run from the module's folder, as Surefire does.
   *
   * @return the classes under {@code target/classes}
   */
  public static JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target/classes"));
  }

  /**
   * No class depends on an I/O package ({@code java.io}, {@code java.net}, {@code java.sql}, {@code
   * java.nio.file}).
   *
   * @return the rule
   */
  public static ArchRule doNoIo() {
    return noClasses().should().dependOnClassesThat().resideInAnyPackage(IO_PACKAGES);
  }

  /**
   * No selected class depends on an I/O package ({@code java.io}, {@code java.net}, {@code
   * java.sql}, {@code java.nio.file}).
   *
   * @param selected which classes the rule is about, e.g. {@code
   *     JavaClass.Predicates.resideOutsideOfPackages("..port..")}
   * @return the rule
   */
  public static ArchRule doNoIo(DescribedPredicate<? super JavaClass> selected) {
    return noClasses()
        .that(selected)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(IO_PACKAGES);
  }

  /**
   * No class reads the system clock: every API takes a clock, an instant, a date or a zone.
   *
   * @return the rule
   */
  public static ArchRule readNoSystemClock() {
    return noClasses()
        .should()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(Clock.class, "systemUTC")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone");
  }

  /**
   * No class writes to {@code System.out} or {@code System.err}.
   *
   * @return the rule, to which a module can add more with {@code orShould()}
   */
  public static ClassesShouldConjunction printNothing() {
    return noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err");
  }

  /**
   * No class depends on a class in the given packages.
   *
   * @param packages ArchUnit package patterns, e.g. {@code "dev.revops.billing.."}
   * @return the rule
   */
  public static ArchRule dependOnNothingIn(String... packages) {
    return noClasses().should().dependOnClassesThat().resideInAnyPackage(packages);
  }

  /**
   * No cycles between the module's packages: every package below {@code rootPackage} (with its
   * subpackages) is a slice, and no slice reaches itself again through the others.
   *
   * @param rootPackage the module's root package, e.g. {@code "dev.revops.billing"}
   * @return the rule
   */
  public static ArchRule haveNoPackageCycles(String rootPackage) {
    return slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
  }

  /**
   * The layer rule: domain packages (every package below {@code rootPackage} other than {@code
   * port}, {@code service} and {@code internal}, and the root package itself, where the module's
   * wiring lives) import neither {@code port} nor {@code service}. The use cases sit above both.
   *
   * @param rootPackage the module's root package, e.g. {@code "dev.revops.billing"}
   * @return the rule
   */
  public static ArchRule keepDomainBelowPortsAndServices(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .and()
        .resideOutsideOfPackages(
            rootPackage,
            rootPackage + ".port..",
            rootPackage + ".service..",
            rootPackage + ".internal..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(rootPackage + ".port..", rootPackage + ".service..");
  }
}
