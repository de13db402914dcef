package dev.revops.sales.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Experiment definitions from JSON: a good one loads, every bad one is refused with its path. */
class ExperimentDefinitionTest {

  private static List<Violation> refusal(String json) {
    InvalidInputException e =
        catchThrowableOfType(
            () -> ExperimentDefinition.fromJson(json), InvalidInputException.class);
    assertThat(e).as("refused with InvalidInputException").isNotNull();
    return e.violations();
  }

  private static String with(String from, String to) {
    assertThat(ExperimentFixtures.TWO_OFFERS_JSON).contains(from);
    return ExperimentFixtures.TWO_OFFERS_JSON.replace(from, to);
  }

  @Test
  void loadsTwoOffersWithAHoldout() {
    ExperimentDefinition d = ExperimentDefinition.fromJson(ExperimentFixtures.TWO_OFFERS_JSON);
    assertThat(d.split().armNames()).containsExactly("offer-a", "offer-b", "holdout");
    assertThat(d.comparisons()).isEqualTo(2);
    assertThat(d.comparisonAlpha()).isEqualTo(0.025);
    assertThat(d.design().sampleSizeFormula()).isEqualTo(SampleSizeFormula.EVAN_MILLER);
    // Bonferroni: each comparison at 0.025, so more than the 1031 of a single comparison
    assertThat(d.sampleSize().perArm()).isEqualTo(1245);
    assertThat(d.expectedContacts("holdout")).isEqualTo(8000);
  }

  @Test
  void aSplitThatDoesNotAddUpTo100IsNamed() {
    assertThat(refusal(with("\"holdoutPercent\": 20", "\"holdoutPercent\": 15")))
        .containsExactly(
            new Violation(
                "$.split", "the variants' and the holdout's percents add up to 95 %, not 100 %"));
  }

  @Test
  void anUnreachableSampleSizeIsNamedWithTheAudienceNeeded() {
    List<Violation> v = refusal(with("\"audienceSize\": 40000", "\"audienceSize\": 5000"));
    assertThat(v).extracting(Violation::path).containsOnly("$.audienceSize");
    // 5000 x 20 % = 1000 holdout contacts < 1245; 5000 x 40 % = 2000 per offer is enough
    assertThat(v).hasSize(1);
    assertThat(v.get(0).message())
        .contains("arm 'holdout' gets 1000 of the 5000 contacts, fewer than the 1245")
        .contains("alpha 0.05 over 2 comparisons")
        .contains("the audience must be at least 6225");
  }

  @Test
  void aSequentialTestHasNoHorizonToReachAndNeedsNoPower() {
    ExperimentDefinition d =
        ExperimentDefinition.fromJson(
            with("\"audienceSize\": 40000", "\"audienceSize\": 500")
                .replace("FIXED_HORIZON", "SEQUENTIAL_MSPRT")
                .replace(", \"power\": 0.8", ""));
    assertThat(d.design().rule()).isEqualTo(DecisionRule.SEQUENTIAL_MSPRT);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"percent\": 40}, {\"name\": \"offer-b\"|\"percent\": 40.001}, {\"name\": \"offer-b\""
            + "|$.split.variants[0].percent",
        "\"name\": \"offer-b\"|\"name\": \"offer-a\"|$.split.variants[1].name",
        "\"name\": \"offer-b\"|\"name\": \"holdout\"|$.split.variants[1].name",
        "\"holdoutPercent\": 20|\"holdoutPercent\": 0|$.split.holdoutPercent",
        "\"baselineRate\": 0.2|\"baselineRate\": 1.2|$.design.baselineRate",
        "\"minimumDetectableEffect\": 0.05|\"minimumDetectableEffect\": 0.85"
            + "|$.design.minimumDetectableEffect",
        "\"minimumDetectableEffect\": 0.05|\"minimumDetectableEffect\": 0.00001"
            + "|$.design.minimumDetectableEffect",
        "\"alpha\": 0.05|\"alpha\": 0.7|$.design.alpha",
        ", \"power\": 0.8|, \"power\": 1|$.design.power",
        ", \"power\": 0.8||$.design.power",
        "\"id\": \"offer-ab-2026-12\"|\"id\": \"offer ab\"|$.id",
        "\"audienceSize\": 40000|\"audienceSize\": 0|$.audienceSize",
        "\"rule\": \"FIXED_HORIZON\"|\"rule\": \"BANDIT\"|$.design.rule",
        "\"effect\": \"ABSOLUTE\"|\"effect\": \"ABSOLUTE\", \"tau\": 1|$.design.tau",
        "\"variants\": [{\"name\": \"offer-a\", \"percent\": 40}, "
            + "|\"variants\": [null, {\"name\": \"offer-a\", \"percent\": 40}, "
            + "|$.split.variants[0]"
      })
  void everyProblemIsNamedByItsPath(String from, String to, String path) {
    assertThat(refusal(with(from, to == null ? "" : to)))
        .extracting(Violation::path)
        .contains(path);
  }

  @Test
  void everyProblemIsListedNotJustTheFirst() {
    String json =
        with("\"baselineRate\": 0.2", "\"baselineRate\": 0")
            .replace("\"alpha\": 0.05", "\"alpha\": 0")
            .replace("\"holdoutPercent\": 20", "\"holdoutPercent\": 25");
    assertThat(refusal(json))
        .extracting(Violation::path)
        .contains("$.design.baselineRate", "$.design.alpha", "$.split");
  }
}
