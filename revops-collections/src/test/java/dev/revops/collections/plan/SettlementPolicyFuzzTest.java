package dev.revops.collections.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.collections.FuzzBound;
import dev.revops.core.error.InvalidInputException;

/**
 * A Jazzer fuzz target for {@link SettlementPolicy#fromJson}. Regression mode over {@code
 * src/test/resources/dev/revops/collections/plan/SettlementPolicyFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-collections test -Dtest=SettlementPolicyFuzzTest} fuzzes.
 * The property: limits with unique roles and discounts of at most 100 %, or {@link
 * InvalidInputException} with JSON paths, nothing else, within {@value FuzzBound#BOUND_MS} ms for
 * at most 1 KB.
 */
class SettlementPolicyFuzzTest {
  static {
    FuzzBound.warm(
        SettlementPolicy::fromJson,
        "{\"limits\":[{\"role\":\"collector\",\"maxDiscount\":\"10%\"}]}");
  }

  @FuzzTest(maxDuration = "2m")
  void fromJson(FuzzedDataProvider data) {
    FuzzBound.check(
        data.consumeRemainingAsString(),
        SettlementPolicy::fromJson,
        p -> {
          assertThat(p.limits()).isNotEmpty();
          assertThat(p.limits()).extracting(ApprovalLimit::role).doesNotHaveDuplicates();
          assertThat(p.limits()).allMatch(l -> l.maxDiscount().isAtMostHundred());
          assertThat(SettlementPolicy.of(p.limits())).isEqualTo(p);
        });
  }
}
