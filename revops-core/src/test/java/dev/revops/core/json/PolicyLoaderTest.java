package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {
  record Step(@NotNull Integer offsetDays, @NotBlank String action, Money threshold) {}

  record Ladder(
      @NotBlank String name, int maxAttempts, @NotEmpty List<@Valid Step> steps, Percentage fee) {}

  private final PolicyLoader loader = PolicyLoader.create();

  private static final String GOOD =
      """
      {
        "name": "standard",
        "maxAttempts": 3,
        "fee": "2.5%",
        "steps": [
          {"offsetDays": -3, "action": "email"},
          {"offsetDays": 7, "action": "sms", "threshold": {"amount": "10.00", "currency": "USD"}}
        ]
      }
      """;

  @Test
  void readsAValidDocument() {
    Ladder ladder = loader.load(new StringReader(GOOD), Ladder.class);
    assertThat(ladder.steps()).hasSize(2);
    assertThat(ladder.steps().get(1).threshold()).isEqualTo(Money.of("10", "USD"));
    assertThat(ladder.fee()).isEqualTo(Percentage.of("2.5"));
    assertThat(ladder.maxAttempts()).isEqualTo(3);
  }

  private void rejects(String json, Consumer<List<Violation>> check) {
    assertThatThrownBy(() -> loader.load(json, Ladder.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> check.accept(e.violations()));
  }

  @Test
  void wrongTypeNamesItsPathAndLine() {
    rejects(
        GOOD.replace("\"offsetDays\": 7", "\"offsetDays\": \"seven\""),
        v -> {
          assertThat(v).hasSize(1);
          assertThat(v.get(0).path()).isEqualTo("$.steps[1].offsetDays");
          assertThat(v.get(0).message()).contains("line 7");
        });
  }

  @Test
  void missingFieldNamesItsPath() {
    rejects(
        GOOD.replace("\"action\": \"email\"", "\"note\": \"x\"")
            .replace("\"note\": \"x\"", "\"action\": null"),
        v -> {
          assertThat(v).extracting(Violation::path).containsExactly("$.steps[0].action");
          assertThat(v.get(0).message()).startsWith("must not be blank").contains("line 6");
        });
    rejects(
        GOOD.replace("\"maxAttempts\": 3,", ""),
        v -> {
          assertThat(v).extracting(Violation::path).containsExactly("$.maxAttempts");
          assertThat(v.get(0).message()).contains("required field is missing");
        });
  }

  @Test
  void everyUnknownFieldIsListedWithItsPath() {
    rejects(
        GOOD.replace("\"name\": \"standard\",", "\"name\": \"standard\", \"colour\": \"red\",")
            .replace("{\"offsetDays\": -3,", "{\"offsetDays\": -3, \"extra\": {\"deep\": 1},"),
        v ->
            assertThat(v)
                .extracting(Violation::path)
                .containsExactly("$.colour", "$.steps[0].extra"));
  }

  @Test
  void moneyMustBeAStringAmountInAnIsoCurrency() {
    rejects(
        GOOD.replace("\"amount\": \"10.00\"", "\"amount\": 10.00"),
        v -> {
          assertThat(v.get(0).path()).isEqualTo("$.steps[1].threshold");
          assertThat(v.get(0).message()).contains("must be a string");
        });
    rejects(
        GOOD.replace("\"USD\"", "\"DOLLARS\""),
        v -> assertThat(v.get(0).message()).contains("'DOLLARS' is not an ISO 4217"));
    rejects(
        GOOD.replace("\"10.00\"", "\"10.001\""),
        v -> assertThat(v.get(0).message()).contains("more decimals than USD allows"));
  }

  @Test
  void malformedJsonGivesLineAndColumn() {
    rejects(
        "{\n  \"name\": \"x\",\n  \"steps\": [\n}",
        v -> {
          assertThat(v.get(0).path()).isEqualTo("$");
          assertThat(v.get(0).message()).startsWith("malformed JSON").contains("line 4");
        });
  }

  @Test
  void jsonPathsFromPropertyPaths() {
    assertThat(PolicyLoader.toJsonPath("steps[2].offsetDays")).isEqualTo("$.steps[2].offsetDays");
    assertThat(PolicyLoader.toJsonPath("limits[USD].<map value>")).isEqualTo("$.limits.USD");
    assertThat(PolicyLoader.toJsonPath("steps[0].<list element>")).isEqualTo("$.steps[0]");
    assertThat(PolicyLoader.toJsonPath("")).isEqualTo("$");
  }
}
