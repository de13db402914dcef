package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.docs.ReadmeRegions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The example of docs/offers.md, compiled and run; the page shows this region and its imports. */
class OfferDocsExampleTest {
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.nio", "org.junit", "dev.revops.docs");

  @Test
  void theExampleRanksTheEligibleOffersByExpectedValue() {
    // readme:offers
    OfferCatalog catalog =
        OfferCatalogLoader.create()
            .load(
                """
                {"offers": [
                  {"id": "crm-pro-upgrade", "kind": "UPSELL", "sells": "crm-pro",
                   "when": {"fromPlans": ["crm-team"]},
                   "value": {"margin": {"amount": "30.00", "currency": "USD"}},
                   "coolDownDays": 90},
                  {"id": "analytics", "kind": "ADD_ON", "sells": "analytics",
                   "when": {"requires": ["crm-pro"]},
                   "value": {"price": {"amount": "20.00", "currency": "USD"},
                             "margin": {"amount": "15.00", "currency": "USD"}},
                   "coolDownDays": 30},
                  {"id": "support-plus", "kind": "CROSS_SELL", "sells": "support-plus",
                   "value": {"price": {"amount": "10.00", "currency": "USD"},
                             "margin": {"amount": "8.00", "currency": "USD"}},
                   "coolDownDays": 0}]}
                """); // problems are named by path: $.offers[1].when.requires, ...
    Holdings customer = new Holdings(AccountId.of("acct-1"), Set.of("crm-team"), Set.of());
    List<Eligibility> eligibility =
        OfferEligibility.evaluate(
            catalog, EligibilityFacts.of(customer, Instant.parse("2026-06-01T10:00:00Z")));
    // analytics is out: REQUIREMENT_NOT_HELD: does not hold 'crm-pro'

    AcceptanceModel model = // learned from past answers: accepted (true) or declined (false)
        NaiveBayesAcceptance.train(
            List.of(
                new PastOffer("crm-pro-upgrade", Set.of("crm-team"), false),
                new PastOffer("crm-pro-upgrade", Set.of("crm-team"), false),
                new PastOffer("support-plus", Set.of("crm-team"), true)),
            3);
    List<RankedOffer> ranked = OfferRanking.rank(eligibility, model, customer);
    // support-plus: 8/11 x 8.00 = USD 5.82, then crm-pro-upgrade: 2/11 x 30.00 = USD 5.45
    // /readme:offers

    assertThat(eligibility.get(1).exclusions())
        .extracting(Object::toString)
        .containsExactly("REQUIREMENT_NOT_HELD: does not hold 'crm-pro'");
    assertThat(ranked)
        .extracting(r -> r.offer().id())
        .containsExactly("support-plus", "crm-pro-upgrade");
    assertThat(ranked.get(0).expectedValue().toString()).isEqualTo("USD 5.82");
    assertThat(ranked.get(1).expectedValue().toString()).isEqualTo("USD 5.45");
  }

  @Test
  void thePageShowsTheGeneratedLifecycleDiagram() throws java.io.IOException {
    assertThat(java.nio.file.Files.readString(Path.of("docs/offers.md")))
        .contains(OfferLifecycle.MACHINE.toMermaid().strip());
  }

  @Test
  void thePageShowsTheExampleAndItsImports() {
    ReadmeRegions.assertReadmeShows(
        Path.of("docs/offers.md"),
        Path.of("src/test/java/dev/revops/sales/offer/OfferDocsExampleTest.java"),
        "offers",
        TEST_ONLY);
  }
}
