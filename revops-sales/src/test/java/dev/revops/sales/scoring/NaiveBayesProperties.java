package dev.revops.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NaiveBayesProperties {
  private static final List<String> STAGES = List.of("New", "Qualified", "Proposal", "Negotiation");

  @Provide
  Arbitrary<Map<String, String>> attributes() {
    return Combinators.combine(
            Arbitraries.of("US", "DE", "FR", "JP"),
            Arbitraries.of("REFERRAL", "WEB_FORM", "EVENT"),
            Arbitraries.of("1-10", "11-200", "200+"))
        .as((c, s, e) -> Map.of("country", c, "source", s, "employees", e));
  }

  @Provide
  Arbitrary<List<LabelledLead>> history() {
    return Combinators.combine(attributes(), Arbitraries.of(true, false), Arbitraries.of(STAGES))
        .as(LabelledLead::new)
        .list()
        .ofMaxSize(60);
  }

  @Property(tries = 1000)
  void probabilityStaysWithinOdoosBounds(
      @ForAll("history") List<LabelledLead> history,
      @ForAll("attributes") Map<String, String> probe) {
    Prediction p = NaiveBayesModel.train(history, STAGES).predict(probe, 3);
    assertThat(p.percent()).isBetween(new BigDecimal("0.01"), new BigDecimal("99.99"));
    assertThat(p.raw()).isBetween(0.0001, 0.9999);
  }

  @Property(tries = 1000)
  void aWonLeadWithTheSameAttributesMovesThePredictionTowardWon(
      @ForAll("history") List<LabelledLead> history,
      @ForAll("attributes") Map<String, String> probe,
      @ForAll boolean withStage) {
    List<String> stages = withStage ? STAGES : List.of();
    NaiveBayesModel before = NaiveBayesModel.train(history, stages);
    NaiveBayesModel after = before.learn(new LabelledLead(probe, true, "Proposal"));
    double p0 = before.predict(probe, 0).raw();
    double p1 = after.predict(probe, 0).raw();
    assertThat(p1).isGreaterThanOrEqualTo(p0 - 1e-12);
  }
}
