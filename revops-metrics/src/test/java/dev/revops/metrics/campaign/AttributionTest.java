package dev.revops.metrics.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.metrics.result.MetricResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attribution models on worked journeys, with their edge cases. */
class AttributionTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  private static Touch touch(String campaign, String variant, String channel, int day) {
    return new Touch(campaign, variant, channel, T0.plusSeconds(86_400L * day));
  }

  /** E-mail, call, SMS, e-mail, then an order: the four-touch journey of the docs. */
  private static Journey fourTouches(String revenue) {
    return new Journey(
        "order-1",
        List.of(
            touch("xsell-q4", "offer-a", "EMAIL", 0),
            touch("xsell-q4", "offer-a", "CALL", 3),
            touch("winback", null, "SMS", 5),
            touch("renewal", null, "EMAIL", 9)),
        Money.of(revenue, "USD"));
  }

  private static List<String> credits(Journey j, AttributionModel model) {
    return Attribution.attribute(j, model).stream()
        .map(a -> a.credit().amount().toPlainString())
        .toList();
  }

  /**
   * Position-based (Google Ads Help, "About attribution models": 40 % to the first and to the last
   * interaction, the remaining 20 % spread evenly over the others) on four touches and $1,000.00:
   * 40 %, 10 %, 10 %, 40 %.
   */
  @Test
  void positionBasedFourTouchJourney() {
    assertThat(credits(fourTouches("1000.00"), AttributionModel.POSITION_BASED))
        .containsExactly("400.00", "100.00", "100.00", "400.00");
  }

  /** The rounding rule: $100.01 gives exact shares 40.004, 10.001, 10.001, 40.004. */
  @Test
  void theCentLeftOverGoesToTheLargestRemainderEarliestFirst() {
    assertThat(credits(fourTouches("100.01"), AttributionModel.POSITION_BASED))
        .containsExactly("40.01", "10.00", "10.00", "40.00");
  }

  @Test
  void theOtherModelsOnTheSameJourney() {
    Journey j = fourTouches("1000.00");
    assertThat(credits(j, AttributionModel.FIRST_TOUCH))
        .containsExactly("1000.00", "0.00", "0.00", "0.00");
    assertThat(credits(j, AttributionModel.LAST_TOUCH))
        .containsExactly("0.00", "0.00", "0.00", "1000.00");
    assertThat(credits(j, AttributionModel.LINEAR))
        .containsExactly("250.00", "250.00", "250.00", "250.00");
    assertThat(credits(fourTouches("0.10"), AttributionModel.LINEAR))
        .containsExactly("0.03", "0.03", "0.02", "0.02");
  }

  @Test
  void oneTouchGetsEverythingAndTwoTouchesShareEquallyUnderPositionBased() {
    Journey one = new Journey("o", List.of(touch("a", null, "EMAIL", 0)), Money.of("99.99", "USD"));
    for (AttributionModel m : AttributionModel.values()) {
      assertThat(credits(one, m)).as(m.name()).containsExactly("99.99");
    }
    Journey two =
        new Journey(
            "t",
            List.of(touch("a", null, "EMAIL", 0), touch("b", null, "CALL", 1)),
            Money.of("99.99", "USD"));
    // 50/50: the 20 % of the middle has no touch to go to; the odd cent goes to the first
    assertThat(credits(two, AttributionModel.POSITION_BASED)).containsExactly("50.00", "49.99");
    assertThat(credits(two, AttributionModel.LINEAR)).containsExactly("50.00", "49.99");
  }

  @Test
  void touchesAreTakenInTimeOrderWhateverOrderTheyComeIn() {
    Journey j =
        new Journey(
            "late-first",
            List.of(touch("last", null, "EMAIL", 9), touch("first", null, "EMAIL", 1)),
            Money.of("10.00", "USD"));
    assertThat(Attribution.attribute(j, AttributionModel.FIRST_TOUCH).get(0).touch().campaign())
        .isEqualTo("first");
  }

  /** Naive per-touch rounding (half-up of each exact share) loses a cent; allocation does not. */
  @Test
  void roundingEachShareOnItsOwnWouldNotAddUp() {
    Money revenue = Money.of("0.10", "USD");
    BigDecimal naive =
        revenue
            .amount()
            .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP)
            .multiply(BigDecimal.valueOf(3));
    assertThat(naive).isEqualByComparingTo("0.09");
    assertThat(Money.sum(USD, revenue.allocate(AttributionModel.LINEAR.weights(3))))
        .isEqualTo(revenue);
  }

  @Test
  void revenueByCampaignAndVariantAddsUpTheCredits() {
    Journey second =
        new Journey(
            "order-2",
            List.of(touch("xsell-q4", "offer-b", "EMAIL", 1), touch("winback", null, "SMS", 2)),
            Money.of("200.00", "USD"));
    Journey none = new Journey("order-3", List.of(), Money.of("50.00", "USD"));
    List<Journey> journeys = List.of(fourTouches("1000.00"), second, none);
    Map<CampaignKey, MetricResult> byCampaign =
        Attribution.revenueByCampaign(journeys, AttributionModel.POSITION_BASED, USD);
    // xsell-q4: 400 + 100 (order-1) + 100 (order-2); winback: 100 + 100; renewal: 400
    assertThat(byCampaign.get(CampaignKey.of("xsell-q4")).value()).isEqualByComparingTo("600.00");
    assertThat(byCampaign.get(CampaignKey.of("winback")).value()).isEqualByComparingTo("200.00");
    assertThat(byCampaign.get(CampaignKey.of("renewal")).value()).isEqualByComparingTo("400.00");
    MetricResult xsell = byCampaign.get(CampaignKey.of("xsell-q4"));
    assertThat(xsell.formula()).isEqualTo("attributed-revenue/position-based");
    assertThat(xsell.currency()).isEqualTo(USD);
    assertThat(xsell.inputs())
        .containsEntry("journeys", BigDecimal.valueOf(2))
        .containsEntry("touches", BigDecimal.valueOf(3));
    Map<CampaignKey, MetricResult> byVariant =
        Attribution.revenueByVariant(journeys, AttributionModel.POSITION_BASED, USD);
    assertThat(byVariant.get(new CampaignKey("xsell-q4", "offer-a")).value())
        .isEqualByComparingTo("500.00");
    assertThat(byVariant.get(new CampaignKey("xsell-q4", "offer-b")).value())
        .isEqualByComparingTo("100.00");
    MetricResult unattributed = Attribution.unattributedRevenue(journeys, USD);
    assertThat(unattributed.value()).isEqualByComparingTo("50.00");
    assertThat(unattributed.inputs()).containsEntry("journeysWithoutTouch", BigDecimal.ONE);
  }

  @Test
  void aJourneyInAnotherCurrencyIsRefused() {
    Journey eur = new Journey("e", List.of(touch("a", null, "EMAIL", 0)), Money.of("1.00", "EUR"));
    assertThatThrownBy(
            () -> Attribution.revenueByCampaign(List.of(eur), AttributionModel.LINEAR, USD))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
