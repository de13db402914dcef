package dev.revops.archrules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The shared rules fail where they must: on the planted packages under {@code
 * dev.revops.archrules.planted} (a cycle invoice -> billrun -> invoice and a domain class that
 * imports a port), and pass once the offending packages are left out.
 */
class ArchitectureRulesTest {
  private static final String PLANTED = "dev.revops.archrules.planted";

  private final JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);

  @Test
  void theSlicesRuleFindsThePlantedCycle() {
    EvaluationResult result = ArchitectureRules.haveNoPackageCycles(PLANTED).evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("invoice").contains("billrun");
  }

  @Test
  void theLayerRuleFindsTheDomainClassThatImportsAPort() {
    EvaluationResult result =
        ArchitectureRules.keepDomainBelowPortsAndServices(PLANTED).evaluate(planted);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString())
        .contains("PlantedInvoice")
        .contains("PlantedStore")
        .doesNotContain("PlantedService.<init>");
  }

  @Test
  void bothRulesPassWithoutTheOffendingPackage() {
    JavaClasses clean =
        new ClassFileImporter()
            .importPackages(PLANTED + ".port", PLANTED + ".service", PLANTED + ".billrun");
    assertThat(ArchitectureRules.haveNoPackageCycles(PLANTED).evaluate(clean).hasViolation())
        .isFalse();
    assertThat(
            ArchitectureRules.keepDomainBelowPortsAndServices(PLANTED)
                .evaluate(clean)
                .hasViolation())
        .isFalse();
  }
}
