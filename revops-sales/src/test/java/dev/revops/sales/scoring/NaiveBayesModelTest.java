package dev.revops.sales.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaiveBayesModelTest {
  private static final List<String> STAGES = List.of("New", "Qualified", "Proposal");

  private static LabelledLead lead(String country, String source, boolean won, String stage) {
    return new LabelledLead(Map.of("country", country, "source", source), won, stage);
  }

  @Test
  void computesOdoosFormulaByHand() {
    NaiveBayesModel m =
        NaiveBayesModel.train(
            List.of(
                lead("US", "REFERRAL", true, null),
                lead("US", "WEB_FORM", false, null),
                lead("DE", "WEB_FORM", false, null)),
            List.of());
    Prediction p = m.predict(Map.of("country", "US", "source", "REFERRAL"), 2);
    // P(won) = 1.1/3.2, country US|won = 1.1/(1.1+0.1), source REFERRAL|won = 1.1/(1.1+0.1)
    double sWon = 1.1 / 3.2 * (1.1 / 1.2) * (1.1 / 1.2);
    // P(lost) = 2.1/3.2, US|lost = 1.1/(1.1+1.1), REFERRAL|lost = 0.1/(0.1+2.1)
    double sLost = 2.1 / 3.2 * (1.1 / 2.2) * (0.1 / 2.2);
    assertThat(p.raw()).isCloseTo(sWon / (sWon + sLost), within(1e-12));
    assertThat(p.percent()).isEqualByComparingTo("95.09");
    assertThat(p.top())
        .extracting(Prediction.Contribution::field)
        .containsExactly("source", "country");
    assertThat(p.bottom()).isEmpty();
  }

  @Test
  void clampsAndExplainsBottomContributors() {
    NaiveBayesModel m = NaiveBayesModel.empty(List.of()).learn(lead("US", "REFERRAL", true, null));
    for (int i = 0; i < 2000; i++) {
      m = m.learn(lead("FR", "PURCHASED_DATABASE", false, null));
    }
    Prediction p = m.predict(Map.of("country", "FR", "source", "PURCHASED_DATABASE"), 1);
    assertThat(p.percent()).isEqualByComparingTo("0.01");
    assertThat(p.bottom()).hasSize(1);
    assertThat(NaiveBayesModel.empty(List.of()).predict(Map.of(), 3).percent())
        .isEqualByComparingTo("50.00");
  }

  @Test
  void learnsFromLeadsAndPredictsForALead() {
    dev.revops.sales.lead.Lead referral =
        dev.revops.sales.lead.Lead.capture(
                dev.revops.core.id.LeadId.of("l-1"),
                dev.revops.sales.lead.CaptureLead.of(
                        dev.revops.sales.lead.LeadSource.REFERRAL,
                        "Doe",
                        "US",
                        java.time.Instant.EPOCH)
                    .withContactPoints("ann@acme.example", null)
                    .withConsentAndAttributes(null, Map.of("industry", "software")),
                dev.revops.sales.lead.LeadStatus.NEW)
            .value();
    assertThat(LabelledLead.attributesOf(referral))
        .containsOnlyKeys("source", "country", "emailDomain", "industry");
    NaiveBayesModel m =
        NaiveBayesModel.empty(List.of())
            .learn(LabelledLead.of(referral, true, null))
            .learn(lead("US", "WEB_FORM", false, null));
    assertThat(m.predict(LabelledLead.attributesOf(referral), 1).raw()).isGreaterThan(0.5);
  }

  @Test
  void stagesFollowOdooAndIncrementalEqualsRebuild() {
    List<LabelledLead> history =
        List.of(
            lead("US", "REFERRAL", true, "Proposal"),
            lead("US", "WEB_FORM", false, "Qualified"),
            lead("DE", "WEB_FORM", false, "New"));
    NaiveBayesModel rebuilt = NaiveBayesModel.train(history, STAGES);
    NaiveBayesModel incremental = NaiveBayesModel.empty(STAGES);
    for (LabelledLead l : history) {
      incremental = incremental.learn(l);
    }
    assertThat(rebuilt.counts("stage").get("New")).containsExactly(1, 2);
    assertThat(rebuilt.counts("stage").get("Qualified")).containsExactly(1, 1);
    assertThat(rebuilt.counts("stage").get("Proposal")).containsExactly(1, 0);
    Map<String, String> probe = Map.of("country", "US", "stage", "Qualified");
    assertThat(incremental.predict(probe, 3)).isEqualTo(rebuilt.predict(probe, 3));
    assertThat(rebuilt.totals()).containsExactly(1, 2);
    assertThatThrownBy(() -> rebuilt.learn(lead("US", "X", true, "Won?")))
        .hasMessage("unknown stage Won?");
  }
}
