package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.FuzzBound;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A Jazzer fuzz target for {@link PolicyLoader} over a small policy of core's own with every kind
 * of field the real policies have. Regression mode over {@code
 * src/test/resources/dev/revops/core/json/PolicyLoaderFuzzTestInputs/} in every build; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl revops-core test -Dtest=PolicyLoaderFuzzTest} fuzzes. The property: a
 * valid policy or {@link InvalidInputException}, nothing else, within 50 ms for at most 1 KB.
 */
class PolicyLoaderFuzzTest {
  enum Channel {
    EMAIL,
    SMS
  }

  record Step(@NotNull @Min(0) Integer offsetDays, @NotNull Channel channel, Money threshold) {}

  record FuzzPolicy(
      @NotBlank String name,
      int maxAttempts,
      BigDecimal points,
      Boolean active,
      Percentage rate,
      List<@Valid Step> steps,
      Map<String, Money> limits) {}

  private static final PolicyLoader LOADER = PolicyLoader.create();

  static {
    String good =
        "{\"name\":\"n\",\"maxAttempts\":1,\"points\":1.5,\"active\":true,\"rate\":\"5%\","
            + "\"steps\":[{\"offsetDays\":1,\"channel\":\"SMS\"}],"
            + "\"limits\":{\"USD\":{\"amount\":\"1.00\",\"currency\":\"USD\"}}}";
    for (int i = 0; i < 500; i++) {
      LOADER.load(good, FuzzPolicy.class);
      for (String bad : new String[] {"", "null", "{\"name\":1e1000000}", "{,", "[1.5]"}) {
        try {
          LOADER.load(bad, FuzzPolicy.class);
        } catch (InvalidInputException expected) {
          // warming the refusal paths too
        }
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void load(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    long start = System.nanoTime();
    try {
      FuzzPolicy p = LOADER.load(json, FuzzPolicy.class);
      assertThat(p).isNotNull();
      assertThat(p.name()).isNotBlank();
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
    }
    FuzzBound.check(json.length(), start, () -> LOADER.load(json, FuzzPolicy.class));
  }
}
