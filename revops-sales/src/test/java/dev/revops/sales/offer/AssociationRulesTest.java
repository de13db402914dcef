package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A worked example, counted by hand. Five customers hold:
 *
 * <pre>
 * 1: crm, analytics      2: crm, analytics, support      3: crm      4: crm, support      5: analytics
 * count(crm) = 4, count(analytics) = 3, count(support) = 2
 * count(crm, analytics) = 2, count(crm, support) = 2, count(analytics, support) = 1
 *
 * crm -> analytics:   support 2/5 = 0.4, confidence 2/4 = 0.5,   lift 0.5 / (3/5) = 0.8333
 * analytics -> crm:   support 0.4,       confidence 2/3 = 0.667, lift 0.667 / (4/5) = 0.8333
 * support -> crm:     support 0.4,       confidence 2/2 = 1,     lift 1 / 0.8 = 1.25
 * crm -> support:     support 0.4,       confidence 2/4 = 0.5,   lift 0.5 / 0.4 = 1.25
 * support -> analytics: support 1/5 = 0.2, confidence 1/2 = 0.5, lift 0.5 / 0.6 = 0.8333
 * </pre>
 */
class AssociationRulesTest {
  static final List<Set<String>> BASKETS =
      List.of(
          Set.of("crm", "analytics"),
          Set.of("crm", "analytics", "support"),
          Set.of("crm"),
          Set.of("crm", "support"),
          Set.of("analytics"));
  static final AssociationRules RULES = AssociationRules.mine(BASKETS);

  @Test
  void theCountsAreTheHandCountedOnes() {
    assertThat(RULES.baskets()).isEqualTo(5);
    assertThat(RULES.count("crm")).isEqualTo(4);
    assertThat(RULES.count("analytics")).isEqualTo(3);
    assertThat(RULES.count("support")).isEqualTo(2);
    assertThat(RULES.count("crm", "analytics")).isEqualTo(2);
    assertThat(RULES.count("analytics", "crm")).isEqualTo(2);
    assertThat(RULES.count("analytics", "support")).isEqualTo(1);
    assertThat(RULES.support("crm")).isEqualTo(0.8);
  }

  @Test
  void supportConfidenceAndLiftAreTheHandComputedOnes() {
    AssociationRule crmToAnalytics = RULES.rule("crm", "analytics").orElseThrow();
    assertThat(crmToAnalytics.support()).isEqualTo(0.4);
    assertThat(crmToAnalytics.confidence()).isEqualTo(0.5);
    assertThat(crmToAnalytics.lift()).isCloseTo(5.0 / 6, within(1e-12));

    AssociationRule analyticsToCrm = RULES.rule("analytics", "crm").orElseThrow();
    assertThat(analyticsToCrm.confidence()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(analyticsToCrm.lift()).isCloseTo(5.0 / 6, within(1e-12));

    AssociationRule supportToCrm = RULES.rule("support", "crm").orElseThrow();
    assertThat(supportToCrm.confidence()).isEqualTo(1.0);
    assertThat(supportToCrm.lift()).isEqualTo(1.25);
    assertThat(RULES.rule("crm", "support").orElseThrow().lift()).isEqualTo(1.25);

    AssociationRule supportToAnalytics = RULES.rule("support", "analytics").orElseThrow();
    assertThat(supportToAnalytics.support()).isEqualTo(0.2);
    assertThat(supportToAnalytics.confidence()).isEqualTo(0.5);
  }

  @Test
  void rulesAboveThresholdsComeByLift() {
    List<AssociationRule> strong = RULES.rules(0.3, 0.6);
    assertThat(strong)
        .extracting(r -> r.antecedent() + "->" + r.consequent())
        .containsExactly("support->crm", "analytics->crm");
    assertThat(RULES.rules(0, 0)).hasSize(6);
  }

  @Test
  void noRuleForAnItemNeverHeldOrForAnItemAndItself() {
    assertThat(RULES.rule("crm", "voice")).isEmpty();
    assertThat(RULES.rule("voice", "crm")).isEmpty();
    assertThat(RULES.rule("crm", "crm")).isEmpty();
    assertThat(AssociationRules.mine(List.of()).support("crm")).isZero();
  }

  @Test
  void theAssociationModelUsesTheBestRuleAndExplainsByLift() {
    Offer analytics = OfferTestData.crossSell("analytics-offer", "analytics", 1000);
    AssociationAcceptance model = new AssociationAcceptance(RULES, 3);

    Estimate both =
        model.estimate(analytics, OfferTestData.holds("a", Set.of("crm"), Set.of("support")));
    assertThat(both.probability()).isEqualTo(0.5);
    assertThat(both.basis()).contains("crm -> analytics");
    assertThat(both.factors())
        .extracting(Factor::item)
        .containsExactly("crm", "support"); // equal |ln(5/6)|: by item
    assertThat(both.factors().get(0).weight()).isCloseTo(Math.log(5.0 / 6), within(1e-12));

    Estimate none = model.estimate(analytics, OfferTestData.holds("b", Set.of(), Set.of()));
    assertThat(none.probability()).isEqualTo(0.6); // the base rate P(analytics)
    assertThat(none.factors()).isEmpty();
  }
}
