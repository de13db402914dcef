package dev.revops.sales.offer;

import static dev.revops.sales.offer.OfferTestData.CATALOG;
import static dev.revops.sales.offer.OfferTestData.holds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import dev.revops.sales.offer.OfferExclusion.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each eligibility rule, with the reason an excluded offer carries, and the ranking's ties. */
class OfferEligibilityTest {
  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  @Test
  void aTeamCustomerGetsTheUpgradeAndTheCrossSellButNotTheAddOn() {
    List<Eligibility> e =
        OfferEligibility.evaluate(
            CATALOG, EligibilityFacts.of(holds("a", Set.of("crm-team"), Set.of()), NOW));
    assertThat(e).extracting(Eligibility::eligible).containsExactly(true, false, true);
    assertThat(e.get(0).fromPlan()).isEqualTo("crm-team");
    assertThat(e.get(1).exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(Reason.REQUIREMENT_NOT_HELD);
    assertThat(e.get(1).exclusions().get(0).detail()).isEqualTo("does not hold 'crm-pro'");
  }

  @Test
  void aProCustomerIsOffTheUpgradePathAndAlreadyOwnsIt() {
    List<Eligibility> e =
        OfferEligibility.evaluate(
            CATALOG,
            EligibilityFacts.of(
                holds("a", Set.of("crm-pro"), Set.of("analytics", "enterprise-support")), NOW));
    assertThat(e.get(0).exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(Reason.NOT_ON_UPGRADE_PATH, Reason.ALREADY_OWNED);
    assertThat(e.get(0).fromPlan()).isNull();
    assertThat(e.get(1).exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(Reason.ALREADY_OWNED);
    assertThat(e.get(2).exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(Reason.EXCLUDED_BY_HOLDING);
    assertThat(e.get(2).exclusions().get(0).toString())
        .isEqualTo("EXCLUDED_BY_HOLDING: holds 'enterprise-support'");
  }

  @Test
  void aDeclineExcludesForTheCoolDownAndNotAnInstantLonger() {
    Holdings h = holds("a", Set.of("crm-team"), Set.of());
    Instant declined = NOW.minus(Duration.ofDays(90));
    Offer upgrade = CATALOG.offer("crm-pro-upgrade").orElseThrow();
    Map<String, Instant> last = Map.of("crm-pro-upgrade", declined);

    Eligibility justBefore =
        OfferEligibility.evaluate(
            upgrade, new EligibilityFacts(h, last, Set.of(), NOW.minusMillis(1)));
    assertThat(justBefore.exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(Reason.COOLING_DOWN);
    assertThat(justBefore.exclusions().get(0).detail())
        .isEqualTo("declined at 2026-03-03T10:00:00Z, not again before 2026-06-01T10:00:00Z");
    assertThat(
            OfferEligibility.evaluate(upgrade, new EligibilityFacts(h, last, Set.of(), NOW))
                .eligible())
        .isTrue();
    // a zero cool-down: eligible again at once
    Offer support = CATALOG.offer("support-plus").orElseThrow();
    assertThat(
            OfferEligibility.evaluate(
                    support, new EligibilityFacts(h, Map.of("support-plus", NOW), Set.of(), NOW))
                .eligible())
        .isTrue();
  }

  @Test
  void anOpenPresentationExcludesTheSameOffer() {
    Eligibility e =
        OfferEligibility.evaluate(
            CATALOG.offer("support-plus").orElseThrow(),
            new EligibilityFacts(
                holds("a", Set.of(), Set.of()), Map.of(), Set.of("support-plus"), NOW));
    assertThat(e.exclusions())
        .extracting(OfferExclusion::reason)
        .containsExactly(Reason.ALREADY_PRESENTED);
  }

  @Test
  void rankingIsByExpectedValueThenMarginThenId() {
    // 0.5 x 10.00 = 5.00, 0.5 x 10.00 = 5.00 (tie: id), 1.0 x 5.00 = 5.00 (tie: larger margin
    // first)
    Offer a = OfferTestData.crossSell("b-offer", "p1", 1000);
    Offer b = OfferTestData.crossSell("a-offer", "p2", 1000);
    Offer c = OfferTestData.crossSell("c-offer", "p3", 500);
    Offer d = OfferTestData.crossSell("d-offer", "p4", 2000);
    AcceptanceModel model =
        (offer, h) ->
            new Estimate(
                offer.id().equals("c-offer") ? 1.0 : offer.id().equals("d-offer") ? 0.3 : 0.5,
                "fixed",
                List.of());
    Holdings h = holds("x", Set.of(), Set.of());
    List<Eligibility> all =
        OfferEligibility.evaluate(
            OfferCatalog.of(List.of(a, b, c, d)), EligibilityFacts.of(h, NOW));
    List<RankedOffer> ranked = OfferRanking.rank(all, model, h);
    assertThat(ranked)
        .extracting(r -> r.offer().id())
        .containsExactly("d-offer", "a-offer", "b-offer", "c-offer");
    assertThat(ranked.get(0).expectedValue()).isEqualTo(Money.of("6.00", "USD"));
    assertThat(ranked.get(3).expectedValue()).isEqualTo(Money.of("5.00", "USD"));
  }
}
