package dev.revops.collections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the package and purity rules of DESIGN.md true for revops-collections' main classes. */
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
  void domainPackagesDoNoIo() {
    noClasses()
        .that()
        .resideOutsideOfPackages("..port..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.net..", "java.sql..", "java.nio.file..")
        .because("domain code is pure: I/O belongs behind ports")
        .check(classes);
  }

  @Test
  void nothingReadsTheSystemClock() {
    noClasses()
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
        .callMethod(Clock.class, "systemDefaultZone")
        .because("every API takes a Clock, an instant or a zone")
        .check(classes);
  }

  @Test
  void collectionsDependsOnCoreOnly() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.revops.billing..", "dev.revops.metrics..")
        .because("collections works on receivables from any billing system")
        .check(classes);
  }

  @Test
  void nothingPrintsToTheConsole() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("the library logs through SLF4J only")
        .check(classes);
  }
}
