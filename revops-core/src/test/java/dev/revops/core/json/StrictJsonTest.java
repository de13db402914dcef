package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15's hostile JSON: every case refused with its path and line, or accepted as promised. */
class StrictJsonTest {
  enum Mode {
    FAST,
    SLOW
  }

  record Policy(
      @NotNull String name,
      @NotNull Integer offsetDays,
      int count,
      BigDecimal points,
      Boolean active,
      Mode mode,
      Money cap,
      Percentage rate,
      List<Integer> bounds) {}

  private final PolicyLoader loader = PolicyLoader.create();

  private static final String GOOD =
      """
      {
        "name": "standard",
        "offsetDays": 90,
        "count": 3,
        "points": 10.5,
        "active": true,
        "mode": "FAST",
        "cap": {"amount": "100.00", "currency": "USD"},
        "rate": "2.5%",
        "bounds": [30, 60]
      }
      """;

  private List<Violation> refused(String json) {
    long start = System.nanoTime();
    try {
      loader.load(json, Policy.class);
    } catch (InvalidInputException e) {
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
      assertThat(e.getMessage().length()).isLessThan(1_000);
      return e.violations();
    }
    throw new AssertionError("accepted: " + json.substring(0, Math.min(200, json.length())));
  }

  private static Violation only(List<Violation> v) {
    assertThat(v).hasSize(1);
    return v.get(0);
  }

  @Test
  void theGoodDocumentLoads() {
    Policy p = loader.load(GOOD, Policy.class);
    assertThat(p.offsetDays()).isEqualTo(90);
    assertThat(p.points()).isEqualByComparingTo("10.5");
    assertThat(p.mode()).isEqualTo(Mode.FAST);
    assertThat(p.bounds()).containsExactly(30, 60);
  }

  @Test
  void duplicateKeysAreRefusedNamingBothLines() {
    Violation v = only(refused(GOOD.replace("\"count\": 3,", "\"count\": 3,\n  \"count\": 5,")));
    assertThat(v.path()).isEqualTo("$.count");
    assertThat(v.message())
        .isEqualTo("duplicate key 'count' at line 5, column 3; first at line 4, column 3");
    Violation nested =
        only(
            refused(
                GOOD.replace(
                    "\"currency\": \"USD\"}", "\"currency\": \"USD\", \"amount\": \"5.00\"}")));
    assertThat(nested.path()).isEqualTo("$.cap.amount");
    assertThat(nested.message()).contains("line 8").contains("first at line 8");
    // the same key in two different objects is fine
    assertThat(
            loader
                .load(GOOD.replace("[30, 60]", "[30, 60]"), Policy.class)
                .cap()
                .currency()
                .getCurrencyCode())
        .isEqualTo("USD");
  }

  @Test
  void aFloatForAnIntegerFieldIsRefusedNamingItAndItsLine() {
    Violation boxed = only(refused(GOOD.replace("\"offsetDays\": 90", "\"offsetDays\": 90.5")));
    assertThat(boxed.path()).isEqualTo("$.offsetDays");
    assertThat(boxed.message()).contains("90.5").contains("line 3");
  }

  @ParameterizedTest(name = "[{0}] -> [{1}] is refused at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // floats for integer fields
        "\"offsetDays\": 90 | \"offsetDays\": 90.5 | $.offsetDays",
        "\"count\": 3 | \"count\": 3.0 | $.count",
        "[30, 60] | [30, 60.5] | $.bounds[1]",
        "\"offsetDays\": 90 | \"offsetDays\": 9e1 | $.offsetDays",
        // nothing is coerced
        "\"count\": 3 | \"count\": \"3\" | $.count",
        "\"offsetDays\": 90 | \"offsetDays\": \"90\" | $.offsetDays",
        "\"points\": 10.5 | \"points\": \"10.5\" | $.points",
        "\"active\": true | \"active\": \"true\" | $.active",
        "\"active\": true | \"active\": 1 | $.active",
        "\"name\": \"standard\" | \"name\": 5 | $.name",
        "\"mode\": \"FAST\" | \"mode\": 0 | $.mode",
        "\"count\": 3 | \"count\": \"\" | $.count"
      })
  void aValueOfTheWrongTypeIsRefusedAtItsPath(String good, String bad, String path) {
    assertThat(GOOD).contains(good);
    assertThat(only(refused(GOOD.replace(good, bad))).path()).isEqualTo(path);
  }

  @Test
  void nullAndEmptyDocumentsAreRefused() {
    Violation v = only(refused("null"));
    assertThat(v.path()).isEqualTo("$");
    assertThat(v.message())
        .isEqualTo("the document is null; a JSON object is required (line 1, column 1)");
    assertThat(only(refused("  \n ")).message()).startsWith("the document is empty");
    assertThat(only(refused("")).path()).isEqualTo("$");
    assertThat(only(refused("\uFEFF")).message()).startsWith("the document is empty");
  }

  @Test
  void aByteOrderMarkIsAccepted() {
    Policy p = loader.load("\uFEFF" + GOOD, Policy.class);
    assertThat(p.name()).isEqualTo("standard");
    // and lines still count as an editor shows them
    Violation v = only(refused("\uFEFF" + GOOD.replace("\"count\": 3", "\"count\": 3.5")));
    assertThat(v.message()).contains("line 4");
  }

  @Test
  void hugeExponentsAreRefusedBeforeAnyArithmetic() {
    long start = System.nanoTime();
    Violation v = only(refused(GOOD.replace("\"points\": 10.5", "\"points\": 1e1000000")));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    assertThat(v.path()).isEqualTo("$.points");
    assertThat(v.message())
        .isEqualTo(
            "'1e1000000' has an exponent of 1000000; at most 1000 in magnitude is allowed"
                + " (line 5, column 13)");
    // anywhere in the document, even where no BigDecimal is bound
    assertThat(only(refused(GOOD.replace("[30, 60]", "[30, -1E-99999]"))).path())
        .isEqualTo("$.bounds[1]");
    assertThat(only(refused(GOOD.replace("\"rate\": \"2.5%\"", "\"rate\": \"1e100000%\""))).path())
        .isEqualTo("$.rate");
    assertThat(only(refused(GOOD.replace("\"100.00\"", "\"1e1000000\""))).message())
        .contains("exponent of 1000000");
    assertThat(only(refused(GOOD.replace("\"100.00\"", "\"１００\""))).path()).isEqualTo("$.cap");
  }

  @Test
  void longNumbersAreRefusedNamingTheLimit() {
    Violation v =
        only(refused(GOOD.replace("\"points\": 10.5", "\"points\": 1" + "0".repeat(150))));
    assertThat(v.path()).isEqualTo("$.points");
    assertThat(v.message()).contains("100").contains("line 5");
  }

  @Test
  void longStringsAreRefusedNamingTheLimit() {
    String big = "x".repeat(RevOpsJson.MAX_STRING_LENGTH + 1);
    Violation v = only(refused(GOOD.replace("\"standard\"", "\"" + big + "\"")));
    assertThat(v.path()).isEqualTo("$.name");
    assertThat(v.message())
        .contains(String.valueOf(RevOpsJson.MAX_STRING_LENGTH))
        .contains("line 2")
        .doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    String key = "k".repeat(RevOpsJson.MAX_NAME_LENGTH + 1);
    assertThat(only(refused("{\"" + key + "\": 1}")).message())
        .contains(String.valueOf(RevOpsJson.MAX_NAME_LENGTH));
  }

  @Test
  void deepNestingIsRefusedNamingTheLimit() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    Violation v = only(refused(GOOD.replace("[30, 60]", deep)));
    assertThat(v.message()).contains(String.valueOf(RevOpsJson.MAX_NESTING_DEPTH));
  }

  @Test
  void malformedDocumentsKeepTheirLine() {
    Violation v = only(refused(GOOD.replace("\"count\": 3,", "\"count\": 3,,")));
    assertThat(v.path()).isEqualTo("$");
    assertThat(v.message()).startsWith("malformed JSON").contains("line 4");
  }

  @Test
  void theMapperAloneIsStrictToo() {
    ObjectMapper mapper = RevOpsJson.mapper();
    assertThatThrownBy(() -> mapper.readValue("{\"a\":1,\"a\":2}", java.util.Map.class))
        .isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class)
        .hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> mapper.readValue("1e1000000", BigDecimal.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("exponent of 1000000");
    assertThatThrownBy(() -> mapper.readValue("\"12.5\"", BigDecimal.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> mapper.readValue("90.5", Integer.class))
        .isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> mapper.readValue("\"90\"", int.class))
        .isInstanceOf(JsonMappingException.class);
    assertThat(unchecked(() -> mapper.readValue("12.50", BigDecimal.class)))
        .isEqualByComparingTo("12.5");
  }

  private static <T> T unchecked(java.util.concurrent.Callable<T> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
