package dev.revops.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.collections.FuzzBound;
import dev.revops.core.error.InvalidInputException;

/**
 * A Jazzer fuzz target for {@link DunningPolicy#fromJson}. Regression mode over {@code
 * src/test/resources/dev/revops/collections/dunning/DunningPolicyFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-collections test -Dtest=DunningPolicyFuzzTest} fuzzes. The
 * property: a consistent ladder or {@link InvalidInputException} with JSON paths, nothing else,
 * within {@value FuzzBound#BOUND_MS} ms for at most 1 KB.
 */
class DunningPolicyFuzzTest {
  static {
    FuzzBound.warm(
        DunningPolicy::fromJson,
        "{\"name\":\"n\",\"steps\":[{\"id\":\"a\",\"offsetDays\":-3,\"actions\":[\"EMAIL\"]},"
            + "{\"id\":\"b\",\"offsetDays\":10,\"actions\":[\"CALL_TASK\"],\"conditions\":"
            + "{\"minAmountDue\":[{\"amount\":\"50.00\",\"currency\":\"USD\"}]}}]}");
  }

  @FuzzTest(maxDuration = "2m")
  void fromJson(FuzzedDataProvider data) {
    FuzzBound.check(
        data.consumeRemainingAsString(),
        DunningPolicy::fromJson,
        p -> {
          assertThat(p.name()).isNotBlank();
          assertThat(p.steps()).isNotEmpty();
          for (int i = 0; i < p.steps().size(); i++) {
            DunningStep s = p.steps().get(i);
            assertThat(Math.abs(s.offsetDays())).isLessThanOrEqualTo(DunningStep.MAX_OFFSET_DAYS);
            assertThat(s.actions()).isNotEmpty().allMatch(DunningAction::allowedInPolicy);
            if (i > 0) {
              assertThat(s.offsetDays()).isGreaterThan(p.steps().get(i - 1).offsetDays());
            }
          }
          assertThat(DunningPolicy.of(p.name(), p.steps())).isEqualTo(p);
        });
  }
}
