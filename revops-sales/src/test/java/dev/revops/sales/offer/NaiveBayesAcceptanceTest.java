package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed naive Bayes estimate. Offer x was accepted by customers holding {crm, analytics}
 * and {crm}, declined by one holding {analytics}: a = 2, d = 1.
 *
 * <pre>
 * P(accept) = (2+1)/(3+2) = 0.6        P(decline) = (1+1)/(3+2) = 0.4
 * crm held:          P(.|accept) = (2+1)/(2+2) = 0.75   P(.|decline) = (0+1)/(1+2) = 1/3
 * analytics not held: P(.|accept) = 1 - (1+1)/4 = 0.5    P(.|decline) = 1 - (1+1)/3 = 1/3
 * S_accept = 0.6 x 0.75 x 0.5 = 0.225   S_decline = 0.4 x 1/3 x 1/3 = 0.0444
 * P(accept | {crm}) = 0.225 / (0.225 + 0.0444) = 81/97 = 0.83505
 * factors: crm ln(0.75 / (1/3)) = ln 2.25, analytics ln(0.5 / (1/3)) = ln 1.5
 * </pre>
 */
class NaiveBayesAcceptanceTest {
  static final List<PastOffer> HISTORY =
      List.of(
          new PastOffer("x", Set.of("crm", "analytics"), true),
          new PastOffer("x", Set.of("crm"), true),
          new PastOffer("x", Set.of("analytics"), false));

  /** Account {@code a}, holding the product {@code crm} and no plan. */
  static final Holdings CRM_HOLDER = OfferTestData.holds("a", Set.of(), Set.of("crm"));

  @Test
  void theEstimateIsTheHandComputedOne() {
    NaiveBayesAcceptance model = NaiveBayesAcceptance.train(HISTORY, 5);
    Estimate e = model.estimate(OfferTestData.crossSell("x", "support", 100), CRM_HOLDER);
    assertThat(e.probability()).isCloseTo(81.0 / 97, within(1e-12));
    assertThat(e.factors()).extracting(Factor::item).containsExactly("crm", "analytics");
    assertThat(e.factors()).extracting(Factor::held).containsExactly(true, false);
    assertThat(e.factors().get(0).weight()).isCloseTo(Math.log(2.25), within(1e-12));
    assertThat(e.factors().get(1).weight()).isCloseTo(Math.log(1.5), within(1e-12));
    assertThat(model.answers("x")).containsExactly(2, 1);
  }

  @Test
  void anOfferWithoutAnswersGetsTheSmoothedRateOfAllOffers() {
    NaiveBayesAcceptance model = NaiveBayesAcceptance.train(HISTORY, 5);
    Estimate e = model.estimate(OfferTestData.crossSell("new", "voice", 100), CRM_HOLDER);
    assertThat(e.probability()).isEqualTo(0.6);
    assertThat(e.factors()).isEmpty();
    assertThat(e.basis()).contains("no answer to offer new");
    assertThat(
            NaiveBayesAcceptance.train(List.of(), 0)
                .estimate(
                    OfferTestData.crossSell("new", "voice", 1),
                    OfferTestData.holds("a", Set.of(), Set.of()))
                .probability())
        .isEqualTo(0.5);
  }

  @Test
  void anItemNeverSeenWithTheOfferSaysNothing() {
    NaiveBayesAcceptance model = NaiveBayesAcceptance.train(HISTORY, 5);
    Offer x = OfferTestData.crossSell("x", "support", 100);
    double without = model.estimate(x, CRM_HOLDER).probability();
    double with =
        model.estimate(x, OfferTestData.holds("a", Set.of(), Set.of("crm", "voice"))).probability();
    assertThat(with).isEqualTo(without);
  }

  @Test
  void explainIsBounded() {
    assertThat(
            NaiveBayesAcceptance.train(HISTORY, 1)
                .estimate(
                    OfferTestData.crossSell("x", "s", 1),
                    OfferTestData.holds("a", Set.of(), Set.of()))
                .factors())
        .hasSize(1);
    assertThatThrownBy(() -> NaiveBayesAcceptance.train(HISTORY, 51))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
