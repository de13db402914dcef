package dev.revops.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.LeadId;
import dev.revops.core.json.PolicyLoader;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadScorerTest {
  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
  private final LeadScorer scorer = new LeadScorer(ScoringFixtures.rules());

  private static BigDecimal p(String s) {
    return new BigDecimal(s);
  }

  @Test
  void scoresALeadWithABreakdownThatAddsUp() {
    Lead lead =
        Lead.capture(
                LeadId.of("l-1"),
                CaptureLead.of(LeadSource.REFERRAL, "Doe", "US", NOW)
                    .withPerson("Ann", "Acme")
                    .withContactPoints("ann@acme.example", null)
                    .withSourceDetail(null, "cust-1")
                    .withConsentAndAttributes(null, Map.of("industry", "Software")),
                LeadStatus.NEW)
            .value();
    LeadScore s =
        scorer.score(
            lead,
            List.of(
                new EngagementEvent("form", NOW),
                new EngagementEvent("form", NOW),
                new EngagementEvent("form", NOW),
                new EngagementEvent("meeting", NOW)),
            NOW);
    // source 15 + fit 10 + 15 capped at 20 + forms 20+20 (third ignored) capped at 30 + meeting 25
    assertThat(s.total()).isEqualByComparingTo("90");
    assertThat(s.grade()).isEqualTo("A");
    assertThat(s.mql()).isTrue();
    assertThat(s.lifecycleTrigger()).contains(LeadTrigger.QUALIFY);
    assertLines(
        s,
        "source:REFERRAL=15.00",
        "fit.us=10.00",
        "fit.software=15.00",
        "eng.form=20.00",
        "eng.form=20.00",
        "eng.meeting=25.00",
        "cap:fit=-5.00",
        "cap:web=-10.00");
  }

  @Test
  void engagementDecaysByHalfLifePenaltiesDoNotAndZeroIsAFloor() {
    Instant monthAgo = NOW.minus(Duration.ofDays(30));
    LeadScore s =
        scorer.score(
            LeadSource.INBOUND_CALL,
            Map.of("company", "Acme"),
            List.of(
                new EngagementEvent("meeting", monthAgo),
                new EngagementEvent("unsubscribe", monthAgo)),
            NOW);
    assertLines(
        s, "eng.meeting=25.00", "eng.unsub=-15.00", "decay:eng.meeting=-12.50", "decay:floor=2.50");
    assertThat(s.total()).isEqualByComparingTo("0");
    assertThat(s.grade()).isEqualTo("D");
    assertThat(s.mql()).isFalse();
  }

  @Test
  void decayNeverTakesANonNegativeScoreBelowZero() {
    LeadScore s =
        scorer.score(
            null,
            Map.of("title", "Student", "company", "x"),
            List.of(
                new EngagementEvent("meeting", NOW.minus(Duration.ofDays(300))),
                new EngagementEvent("meeting", NOW.minus(Duration.ofDays(300))),
                new EngagementEvent("page_view", NOW.plus(Duration.ofDays(1)))),
            NOW);
    assertThat(s.total()).isEqualByComparingTo("0");
    assertThat(s.lines()).extracting(ScoreLine::rule).contains("decay:floor");
    assertThat(s.lines()).extracting(ScoreLine::rule).doesNotContain("eng.page");
  }

  @Test
  void linearDecayFadesToZero() {
    ScoringRules linear =
        PolicyLoader.create()
            .load(
                ScoringFixtures.RULES_JSON.replace(
                    "{\"kind\": \"HALF_LIFE\", \"halfLifeDays\": 30}",
                    "{\"kind\": \"LINEAR\", \"pointsPerDay\": 1.5}"),
                ScoringRules.class);
    LeadScore s =
        new LeadScorer(linear)
            .score(
                null,
                Map.of("company", "x"),
                List.of(
                    new EngagementEvent("meeting", NOW.minus(Duration.ofDays(10))),
                    new EngagementEvent("meeting", NOW.minus(Duration.ofDays(100)))),
                NOW);
    assertThat(s.total()).isEqualByComparingTo(p("10.00"));
  }

  @Test
  void rulesSurviveAJsonRoundTrip() throws Exception {
    ScoringRules rules = ScoringFixtures.rules();
    String json = dev.revops.core.json.RevOpsJson.mapper().writeValueAsString(rules);
    assertThat(json).doesNotContain("groupsDeclared").doesNotContain("complete");
    assertThat(PolicyLoader.create().load(json, ScoringRules.class)).isEqualTo(rules);
  }

  @Test
  void badRulesAreRejectedWithTheirPaths() {
    String bad =
        ScoringFixtures.RULES_JSON
            .replace("\"cap\": 20", "\"cap\": -1")
            .replace("{\"kind\": \"HALF_LIFE\", \"halfLifeDays\": 30}", "{\"kind\": \"LINEAR\"}")
            .replace(
                "\"group\": \"email\", \"eventType\": \"email_click\"",
                "\"group\": \"mail\", \"eventType\": \"email_click\"");
    assertThatThrownBy(() -> PolicyLoader.create().load(bad, ScoringRules.class))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactlyInAnyOrder(
                        "$.decay.complete", "$.groups[0].cap", "$.groupsDeclared"));
  }

  /** Asserts the breakdown, line by line, as {@code rule=points}. */
  private static void assertLines(LeadScore s, String... lines) {
    assertThat(s.lines()).extracting(l -> l.rule() + "=" + l.points()).containsExactly(lines);
  }
}
