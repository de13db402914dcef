package dev.revops.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.SubscriptionFact;
import dev.revops.metrics.subscription.WeeklyNormalisation;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyProjectionTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final AccountId A = AccountId.of("a");
  private static final LocalDate START = LocalDate.of(2024, 3, 4);
  private static final DateRange MARCH = DateRange.of(LocalDate.of(2024, 3, 1), START.plusDays(28));

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  /** A $120-a-week plan starting, then moving to $60 a week two weeks later. */
  private static PeriodReport march(ProjectionConfig config) {
    MetricsProjection p = new MetricsProjection(config);
    p.accept(
        new SubscriptionMrrChanged(
            EventId.of("e1"), A, "s", START, 1, config.mrr(usd("120"), BillingInterval.WEEKLY)));
    p.accept(
        new SubscriptionMrrChanged(
            EventId.of("e2"),
            A,
            "s",
            START.plusDays(14),
            2,
            config.mrr(usd("60"), BillingInterval.WEEKLY)));
    p.advanceTo(MARCH.end());
    return p.report(MARCH);
  }

  @Test
  void theDefaultKeepsThreeSixtyFiveOverEightyFour() {
    ProjectionConfig config = new ProjectionConfig(USD, 3, List.of("lead"));
    assertThat(config.weekly()).isEqualTo(WeeklyNormalisation.DAYS_365);
    PeriodReport r = march(config);
    // 120 x 365 / 84 = 521.43; 60 x 365 / 84 = 260.714 -> 260.71; contraction 260.72
    assertThat(r.mrr().newBusiness()).isEqualTo(usd("521.43"));
    assertThat(r.mrr().contraction()).isEqualTo(usd("260.72"));
    assertThat(r.mrr().mrrAtEnd()).isEqualTo(usd("260.71"));
  }

  @Test
  void fiftyTwoOverTwelveWhenChosen() {
    ProjectionConfig config =
        new ProjectionConfig(USD, 3, List.of("lead")).withWeekly(WeeklyNormalisation.WEEKS_52);
    PeriodReport r = march(config);
    // 120 x 52 / 12 = 520.00; 60 x 52 / 12 = 260.00; contraction 260.00
    assertThat(r.mrr().newBusiness()).isEqualTo(usd("520.00"));
    assertThat(r.mrr().contraction()).isEqualTo(usd("260.00"));
    assertThat(r.mrr().mrrAtEnd()).isEqualTo(usd("260.00"));
    // the batch book over the same plans with the same choice agrees
    MrrBook book =
        MrrBook.of(
            List.of(
                new SubscriptionFact(
                    "s", A, usd("120"), BillingInterval.WEEKLY, START, START.plusDays(14)),
                new SubscriptionFact(
                    "s2", A, usd("60"), BillingInterval.WEEKLY, START.plusDays(14), null)),
            USD,
            WeeklyNormalisation.WEEKS_52);
    assertThat(book.summary(MARCH).newBusiness()).isEqualTo(r.mrr().newBusiness());
    assertThat(book.summary(MARCH).contraction()).isEqualTo(r.mrr().contraction());
    assertThat(book.summary(MARCH).mrrAtEnd()).isEqualTo(r.mrr().mrrAtEnd());
  }
}
