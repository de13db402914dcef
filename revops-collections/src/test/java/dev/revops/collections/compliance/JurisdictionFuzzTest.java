package dev.revops.collections.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.collections.FuzzBound;
import dev.revops.core.error.InvalidInputException;

/**
 * A Jazzer fuzz target for {@link Jurisdiction#fromJson}. Regression mode over {@code
 * src/test/resources/dev/revops/collections/compliance/JurisdictionFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-collections test -Dtest=JurisdictionFuzzTest} fuzzes. The
 * property: a jurisdiction switching off only known rules, or {@link InvalidInputException} with
 * JSON paths, nothing else, within {@value FuzzBound#BOUND_MS} ms for at most 1 KB.
 */
class JurisdictionFuzzTest {
  static {
    FuzzBound.warm(
        Jurisdiction::fromJson, "{\"name\":\"US-CA\",\"switchedOff\":[\"gdpr.objection\"]}");
  }

  @FuzzTest(maxDuration = "2m")
  void fromJson(FuzzedDataProvider data) {
    FuzzBound.check(
        data.consumeRemainingAsString(),
        Jurisdiction::fromJson,
        j -> {
          assertThat(j.name()).isNotBlank();
          assertThat(CollectionsContactPolicy.REGULATIONS.keySet()).containsAll(j.switchedOff());
          assertThat(Jurisdiction.of(j.name(), j.switchedOff())).isEqualTo(j);
        });
  }
}
