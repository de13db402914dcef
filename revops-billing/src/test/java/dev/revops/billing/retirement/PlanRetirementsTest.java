package dev.revops.billing.retirement;

import static dev.revops.billing.retirement.RetirementFixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.port.PlanRetirements;
import dev.revops.billing.port.memory.InMemoryPlanRetirements;
import dev.revops.core.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two shipped sources of retirements: the in-memory one a host adds to, and a fixed one. */
class PlanRetirementsTest {
  static final PlanRetirement LEGACY =
      PlanRetirement.of("legacy", LocalDate.of(2026, 3, 1), "standard");
  static final PlanRetirement STARTER =
      PlanRetirement.of("starter", LocalDate.of(2026, 4, 1), "standard");

  @Test
  void theInMemorySourceAnswersWithWhatWasRetiredAndChecksEachRetirement() {
    InMemoryPlanRetirements source = new InMemoryPlanRetirements(CATALOG);
    assertThat(source.all()).isEmpty();
    assertThat(source.retire(LEGACY)).isSameAs(source);
    source.retire(STARTER);
    assertThat(source.all()).containsExactly(LEGACY, STARTER);
    assertThat(source.forPlan("legacy")).contains(LEGACY);
    assertThat(source.forPlan("standard")).isEmpty();
    assertThat(source.schedule().retirements()).containsExactly(LEGACY, STARTER);
    assertThatThrownBy(
            () -> source.retire(PlanRetirement.of("legacy", LocalDate.of(2026, 3, 1), "nowhere")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("nowhere");
    assertThat(source.all()).as("a refused retirement changes nothing").hasSize(2);
  }

  @Test
  void aFixedSourceAlwaysAnswersWithItsSchedule() {
    RetirementSchedule schedule = new InMemoryPlanRetirements(CATALOG).retire(LEGACY).schedule();
    PlanRetirements fixed = PlanRetirements.of(schedule);
    assertThat(fixed.all()).containsExactly(LEGACY);
    assertThat(fixed.forPlan("legacy")).contains(LEGACY);
    assertThat(fixed.forPlan("starter")).isEmpty();
  }
}
