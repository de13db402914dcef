package dev.revops.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.FuzzBound;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.json.PolicyLoader;
import dev.revops.sales.lead.LeadSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Jazzer fuzz target for the scoring rules loader ({@link PolicyLoader} into {@link
 * ScoringRules}), the only JSON document revops-sales reads. Regression mode over {@code
 * src/test/resources/dev/revops/sales/scoring/ScoringRulesFuzzTestInputs/} in every build; {@code
 * JAZZER_FUZZ=1 ./mvnw -pl revops-sales test -Dtest=ScoringRulesFuzzTest} fuzzes for its {@code
 * maxDuration}. The property: valid rules, with which a {@link LeadScorer} scores a lead whose
 * breakdown adds up to its total with two places, or an {@link InvalidInputException} whose every
 * violation has a JSON path; nothing else, within {@value FuzzBound#BOUND_MS} ms for at most 1 KB.
 */
class ScoringRulesFuzzTest {
  private static final PolicyLoader LOADER = PolicyLoader.create();
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final List<EngagementEvent> EVENTS =
      List.of(
          new EngagementEvent("page_view", NOW.minus(Duration.ofDays(3))),
          new EngagementEvent("form", NOW.minus(Duration.ofDays(40))),
          new EngagementEvent("unsubscribe", NOW.minus(Duration.ofDays(1))));

  static {
    for (int i = 0; i < 300; i++) {
      LOADER.load(ScoringFixtures.RULES_JSON, ScoringRules.class);
      for (String bad : new String[] {"", "null", "{\"grades\":[null]}", "{,", "[1.5]"}) {
        try {
          LOADER.load(bad, ScoringRules.class);
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
      ScoringRules rules = LOADER.load(json, ScoringRules.class);
      assertThat(rules.grades()).isNotEmpty().doesNotContainNull();
      LeadScore score =
          new LeadScorer(rules)
              .score(
                  LeadSource.REFERRAL,
                  Map.of("country", "US", "industry", "software"),
                  EVENTS,
                  NOW);
      assertThat(score.total().scale()).isEqualTo(2);
      assertThat(
              score.lines().stream()
                  .map(ScoreLine::points)
                  .reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(score.total());
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      assertThat(e.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
      assertThat(e.getMessage()).doesNotContain("NullPointerException");
    }
    FuzzBound.check(json.length(), start, () -> LOADER.load(json, ScoringRules.class));
  }
}
