package dev.revops.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.scoring.ScoringRules.RuleGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class LeadScoreProperties {
  private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
  private static final ScoringRules RULES = ScoringFixtures.rules();
  private static final ScoringRules LINEAR =
      dev.revops.core.json.PolicyLoader.create()
          .load(
              ScoringFixtures.RULES_JSON.replace(
                  "{\"kind\": \"HALF_LIFE\", \"halfLifeDays\": 30}",
                  "{\"kind\": \"LINEAR\", \"pointsPerDay\": 0.7}"),
              ScoringRules.class);

  @Provide
  Arbitrary<List<EngagementEvent>> events() {
    return Arbitraries.of("page_view", "email_click", "form", "meeting", "unsubscribe", "other")
        .flatMap(
            t ->
                Arbitraries.longs()
                    .between(0, 400L * 86_400)
                    .map(age -> new EngagementEvent(t, NOW.minusSeconds(age))))
        .list()
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<Map<String, String>> attributes() {
    return Arbitraries.maps(
            Arbitraries.of("country", "industry", "title", "company"),
            Arbitraries.of("US", "CA", "DE", "software", "Student", "retail", "x"))
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<ScoringRules> rules() {
    return Arbitraries.of(RULES, LINEAR);
  }

  /** One scoring case: rules, a lead's source and attributes, its events. */
  record Scenario(
      ScoringRules rules,
      LeadSource source,
      Map<String, String> attrs,
      List<EngagementEvent> events) {
    LeadScore scoreAt(Instant at, List<EngagementEvent> scored) {
      return new LeadScorer(rules).score(source, attrs, scored, at);
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(rules(), Arbitraries.of(LeadSource.class), attributes(), events())
        .as(Scenario::new);
  }

  private static BigDecimal sum(LeadScore s) {
    return s.lines().stream().map(ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Property(tries = 1000)
  void breakdownSumsExactlyToTheScore(@ForAll("scenarios") Scenario c) {
    LeadScore s = c.scoreAt(NOW, c.events());
    assertThat(sum(s)).isEqualByComparingTo(s.total());
    assertThat(s.total().scale()).isEqualTo(2);
  }

  @Property(tries = 1000)
  void capsAreNeverExceeded(@ForAll("scenarios") Scenario c) {
    LeadScore s = c.scoreAt(NOW, c.events());
    assertThat(s.total()).isLessThanOrEqualTo(c.rules().overallCap());
    Map<String, BigDecimal> byGroup = new HashMap<>();
    for (ScoreLine l : s.lines()) {
      if (l.group() != null) {
        byGroup.merge(l.group(), l.points(), BigDecimal::add);
      }
    }
    for (RuleGroup g : c.rules().groups()) {
      assertThat(byGroup.getOrDefault(g.name(), BigDecimal.ZERO)).isLessThanOrEqualTo(g.cap());
    }
  }

  @Property(tries = 1000)
  void decayNeverIncreasesAScoreAndNeverCrossesZeroFromAbove(
      @ForAll("scenarios") Scenario c,
      @ForAll @LongRange(min = 0, max = 500L * 86_400) long later) {
    LeadScore now = c.scoreAt(NOW, c.events());
    LeadScore afterwards = c.scoreAt(NOW.plus(Duration.ofSeconds(later)), c.events());
    assertThat(afterwards.total()).isLessThanOrEqualTo(now.total());
    if (now.total().signum() >= 0) {
      assertThat(afterwards.total().signum()).isGreaterThanOrEqualTo(0);
    }
    LeadScore undecayed =
        c.scoreAt(NOW, c.events().stream().map(e -> new EngagementEvent(e.type(), NOW)).toList());
    assertThat(now.total()).isLessThanOrEqualTo(undecayed.total());
  }
}
