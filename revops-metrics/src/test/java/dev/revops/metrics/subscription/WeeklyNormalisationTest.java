package dev.revops.metrics.subscription;

import static dev.revops.metrics.subscription.WeeklyNormalisation.DAYS_365;
import static dev.revops.metrics.subscription.WeeklyNormalisation.WEEKS_52;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.IntervalUnit;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class WeeklyNormalisationTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void weeklyPlansUnderBothChoices() {
    Money price = usd("120");
    // 120 x 365 / 84 = 521.428... -> 521.43 (the default, as before the choice existed)
    assertThat(Mrr.normalise(price, BillingInterval.WEEKLY, DAYS_365)).isEqualTo(usd("521.43"));
    assertThat(Mrr.normalise(price, BillingInterval.WEEKLY)).isEqualTo(usd("521.43"));
    // 120 x 52 / 12 = 520 exactly
    assertThat(Mrr.normalise(price, BillingInterval.WEEKLY, WEEKS_52)).isEqualTo(usd("520.00"));
    // every 2 weeks: 120 x 365 / 168 = 260.714... -> 260.71; 120 x 52 / 24 = 260
    BillingInterval fortnightly = BillingInterval.every(2, IntervalUnit.WEEK);
    assertThat(Mrr.normalise(price, fortnightly, DAYS_365)).isEqualTo(usd("260.71"));
    assertThat(Mrr.normalise(price, fortnightly, WEEKS_52)).isEqualTo(usd("260.00"));
    // $99 a week: 9900 x 365 / 84 = 43017.857 -> 430.18 ; 9900 x 52 / 12 = 42900 -> 429.00
    assertThat(Mrr.normalise(usd("99"), BillingInterval.WEEKLY, DAYS_365)).isEqualTo(usd("430.18"));
    assertThat(Mrr.normalise(usd("99"), BillingInterval.WEEKLY, WEEKS_52)).isEqualTo(usd("429.00"));
    // $10 every 3 weeks: 1000 x 365 / 252 = 1448.41 -> 14.48 ; 1000 x 52 / 36 = 1444.44 -> 14.44
    BillingInterval threeWeeks = BillingInterval.every(3, IntervalUnit.WEEK);
    assertThat(Mrr.normalise(usd("10"), threeWeeks, DAYS_365)).isEqualTo(usd("14.48"));
    assertThat(Mrr.normalise(usd("10"), threeWeeks, WEEKS_52)).isEqualTo(usd("14.44"));
    assertThat(WeeklyNormalisation.DEFAULT).isEqualTo(DAYS_365);
    assertThat(WEEKS_52.formula()).isEqualTo("weekly-mrr/52-over-12");
    assertThat(DAYS_365.formula()).isEqualTo("weekly-mrr/365-over-84");
  }

  @Test
  void otherIntervalsIgnoreTheChoice() {
    for (WeeklyNormalisation w : WeeklyNormalisation.values()) {
      assertThat(Mrr.normalise(usd("120"), BillingInterval.MONTHLY, w)).isEqualTo(usd("120"));
      assertThat(Mrr.normalise(usd("120"), BillingInterval.QUARTERLY, w)).isEqualTo(usd("40"));
      assertThat(Mrr.normalise(usd("2000"), BillingInterval.YEARLY, w)).isEqualTo(usd("166.67"));
      // a day stays x 365/12 under either choice: 30.4166... -> 30.42
      assertThat(Mrr.normalise(usd("1"), BillingInterval.DAILY, w)).isEqualTo(usd("30.42"));
    }
  }

  @Test
  void theBookNormalisesAsChosen() {
    AccountId a = AccountId.of("a");
    List<SubscriptionFact> facts =
        List.of(
            new SubscriptionFact(
                "w", a, usd("99"), BillingInterval.WEEKLY, LocalDate.of(2024, 1, 10), null),
            new SubscriptionFact(
                "m", a, usd("50"), BillingInterval.MONTHLY, LocalDate.of(2024, 1, 10), null));
    DateRange january = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1));
    // 430.18 + 50 under 365/84; 429.00 + 50 under 52/12
    MrrBook byDays = MrrBook.of(facts, USD);
    MrrBook byWeeks = MrrBook.of(facts, USD, WEEKS_52);
    assertThat(byDays.summary(january).newBusiness()).isEqualTo(usd("480.18"));
    assertThat(MrrBook.of(facts, USD, DAYS_365).summary(january).newBusiness())
        .isEqualTo(usd("480.18"));
    assertThat(byWeeks.summary(january).newBusiness()).isEqualTo(usd("479.00"));
    assertThat(byWeeks.mrrAt(LocalDate.of(2024, 2, 1))).isEqualTo(usd("479.00"));
    assertThat(facts.get(0).mrr(WEEKS_52)).isEqualTo(usd("429.00"));
    assertThat(facts.get(0).mrr()).isEqualTo(usd("430.18"));
    // ARPA of February under 52/12: 479.00 / 1 customer
    MovementSummary feb =
        byWeeks.summary(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)));
    assertThat(SubscriptionMetrics.arpa(feb).value()).isEqualByComparingTo("479.00");
  }

  @Provide
  Arbitrary<BillingInterval> notWeekly() {
    return Arbitraries.of(IntervalUnit.DAY, IntervalUnit.MONTH, IntervalUnit.YEAR)
        .flatMap(u -> Arbitraries.integers().between(1, 36).map(n -> BillingInterval.every(n, u)));
  }

  @Property(tries = 1000)
  void fiftyTwoWeeksNeverExceedsThreeSixtyFiveDaysAndBothAreWithinACentOfExact(
      @ForAll @LongRange(min = 0, max = 100_000_000_00L) long minor,
      @ForAll @IntRange(min = 1, max = 52) int weeks) {
    Money price = Money.ofMinor(minor, USD);
    BillingInterval interval = BillingInterval.every(weeks, IntervalUnit.WEEK);
    long byDays = Mrr.normalise(price, interval, DAYS_365).minor();
    long byWeeks = Mrr.normalise(price, interval, WEEKS_52).minor();
    // 52/12 = 364/84 < 365/84: one day in 365 less, so never more
    assertThat(byWeeks).isLessThanOrEqualTo(byDays);
    // each is the exact ratio rounded half-up: within half a minor unit
    assertThat(Math.abs(byDays * 84L * weeks - minor * 365)).isLessThanOrEqualTo(42L * weeks);
    assertThat(Math.abs(byWeeks * 12L * weeks - minor * 52)).isLessThanOrEqualTo(6L * weeks);
  }

  @Property(tries = 300)
  void onlyWeeklyPlansDependOnTheChoice(
      @ForAll @LongRange(min = 0, max = 100_000_000_00L) long minor,
      @ForAll("notWeekly") BillingInterval interval) {
    Money price = Money.ofMinor(minor, USD);
    assertThat(Mrr.normalise(price, interval, WEEKS_52))
        .isEqualTo(Mrr.normalise(price, interval, DAYS_365));
  }
}
