package dev.revops.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile scoring rules: null elements reported with their JSON path (never a
 * NullPointerException), points with more than two places refused rather than rounded, huge numbers
 * refused.
 */
class ScoringRulesHardeningTest {
  private static final PolicyLoader LOADER = PolicyLoader.create();

  private static List<Violation> refusal(String json) {
    InvalidInputException e =
        catchThrowableOfType(
            () -> LOADER.load(json, ScoringRules.class), InvalidInputException.class);
    assertThat(e).as("refused with InvalidInputException").isNotNull();
    assertThat(e.getMessage()).doesNotContain("NullPointerException");
    return e.violations();
  }

  private static String with(String from, String to) {
    assertThat(ScoringFixtures.RULES_JSON).contains(from);
    return ScoringFixtures.RULES_JSON.replace(from, to);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"grades\": [|\"grades\": [null, |$.grades[0]",
        "\"fit\": [|\"fit\": [null, |$.fit[0]",
        "\"groups\": [|\"groups\": [null, |$.groups[0]",
        "\"values\": [\"US\", \"CA\"]|\"values\": [\"US\", null]|$.fit[0].values[1]",
        "\"REFERRAL\": 15|\"REFERRAL\": null|$.sourceWeights.REFERRAL",
        "{\"grade\": \"A\", \"minScore\": 80}|{\"grade\": null, \"minScore\": 80}|$.grades[0].grade"
      })
  void aNullElementIsReportedWithItsPath(String from, String to, String path) {
    assertThat(refusal(with(from, to))).extracting(Violation::path).contains(path);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"points\": 10}|\"points\": 10.005}|$.fit[0].points",
        "\"points\": 10}|\"points\": 1e400}|$.fit[0].points",
        "\"points\": 10}|\"points\": -1e400}|$.fit[0].points",
        "\"points\": 10}|\"points\": 1e-400}|$.fit[0].points",
        "\"points\": 2}|\"points\": 2.001}|$.engagement[0].points",
        "\"cap\": 20}|\"cap\": 1e400}|$.groups[0].cap",
        "\"overallCap\": 100|\"overallCap\": 100.001|$.overallCap",
        "\"mqlThreshold\": 50|\"mqlThreshold\": -1e400|$.mqlThreshold",
        "\"REFERRAL\": 15|\"REFERRAL\": 15.125|$.sourceWeights.REFERRAL",
        "\"minScore\": 80}|\"minScore\": 1e10}|$.grades[0].minScore",
        "\"halfLifeDays\": 30|\"halfLifeDays\": 1e400|$.decay.halfLifeDays"
      })
  void pointsWithMoreThanTwoPlacesOrTooManyDigitsAreRefused(String from, String to, String path) {
    List<Violation> v = refusal(with(from, to));
    assertThat(v).extracting(Violation::path).containsExactly(path);
    assertThat(v.get(0).message()).contains("out of bounds");
  }

  @Test
  void aNumberOutOfTheParsersBoundsIsRefusedBeforeAnyArithmetic() {
    List<Violation> v = refusal(with("\"points\": 10}", "\"points\": 1e1000000}"));
    assertThat(v).extracting(Violation::path).containsExactly("$.fit[0].points");
    assertThat(v.get(0).message()).contains("exponent");
  }

  @Test
  void numbersThatNeedNoRoundingAreHeldWithTwoPlaces() {
    ScoringRules rules =
        LOADER.load(
            with("\"points\": 10}", "\"points\": 10.000}")
                .replace("\"points\": 15}", "\"points\": 1.5e1}")
                .replace("\"overallCap\": 100", "\"overallCap\": 999999999.99"),
            ScoringRules.class);
    assertThat(rules.fit().get(0).points()).isEqualTo(new BigDecimal("10.00"));
    assertThat(rules.fit().get(1).points()).isEqualTo(new BigDecimal("15.00"));
    assertThat(rules.overallCap()).isEqualTo(new BigDecimal("999999999.99"));
  }
}
