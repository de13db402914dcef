package dev.revops.sales.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.json.RevOpsJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions and results serialise with revops' mapper; a written definition loads again. */
class ExperimentJsonTest {
  private final ObjectMapper mapper = RevOpsJson.mapper();

  @Test
  void aDefinitionRoundTripsThroughItsOwnLoader() throws Exception {
    ExperimentDefinition d = ExperimentDefinition.fromJson(ExperimentFixtures.TWO_OFFERS_JSON);
    String json = mapper.writeValueAsString(d);
    assertThat(ExperimentDefinition.fromJson(json)).isEqualTo(d);
  }

  @Test
  void aResultIsWrittenWithTheRuleTheVerdictAndTheInterval() throws Exception {
    ExperimentResult r =
        FixedHorizonTest.of(ExperimentFixtures.oneVariant(DecisionRule.FIXED_HORIZON, 10_000))
            .evaluate(
                List.of(new ArmCounts("variant", 1031, 250), new ArmCounts("holdout", 1031, 200)));
    String json = mapper.writeValueAsString(r);
    assertThat(json)
        .contains("\"rule\":\"FIXED_HORIZON\"")
        .contains("\"verdict\":\"VARIANT_BETTER\"")
        .contains("\"lower\":0.0129");
    assertThat(mapper.readValue(json, ExperimentResult.class)).isEqualTo(r);
  }
}
