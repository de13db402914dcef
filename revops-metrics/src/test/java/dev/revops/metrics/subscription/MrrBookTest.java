package dev.revops.metrics.subscription;

import static dev.revops.metrics.subscription.MovementType.CHURN;
import static dev.revops.metrics.subscription.MovementType.CONTRACTION;
import static dev.revops.metrics.subscription.MovementType.EXPANSION;
import static dev.revops.metrics.subscription.MovementType.NEW_BUSINESS;
import static dev.revops.metrics.subscription.MovementType.REACTIVATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrrBookTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final AccountId SYNC = AccountId.of("syncalytics");

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private static SubscriptionFact fact(
      String id, AccountId account, String price, BillingInterval i, String start, String end) {
    return new SubscriptionFact(
        id, account, Money.of(price, "USD"), i, d(start), end == null ? null : d(end));
  }

  private static SubscriptionFact monthly(
      String id, AccountId account, String price, String start, String end) {
    return fact(id, account, price, BillingInterval.MONTHLY, start, end);
  }

  private static MrrBook book(SubscriptionFact... facts) {
    return MrrBook.of(List.of(facts), USD);
  }

  @Test
  void chartMogulSyncalyticsStory() {
    // Source: ChartMogul help, "MRR movements" (help.chartmogul.com/hc/en-us/articles/201244842).
    // Syncalytics buys 4 Gold yearly ($2,000) -> New Business $166.67; adds 2 Silver monthly ($60)
    // -> Expansion $60 (an existing customer); cancels Silver mid-cycle -> Contraction $60 (Gold is
    // still active); Gold ends after its year -> Churn $166.67 (last subscription); re-subscribes
    // to 3 Gold monthly ($150) -> Reactivation $150.
    List<SubscriptionFact> facts =
        List.of(
            fact("gold-y", SYNC, "2000", BillingInterval.YEARLY, "2024-01-10", "2025-01-10"),
            monthly("silver-m", SYNC, "60", "2024-01-15", "2024-01-29"),
            monthly("gold-m", SYNC, "150", "2025-03-01", null));
    MrrBook book = MrrBook.of(facts, USD);

    assertThat(book.movements())
        .extracting(MrrMovement::type, MrrMovement::amount, MrrMovement::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                NEW_BUSINESS, Money.of("166.67", "USD"), d("2024-01-10")),
            org.assertj.core.groups.Tuple.tuple(EXPANSION, Money.of("60", "USD"), d("2024-01-15")),
            org.assertj.core.groups.Tuple.tuple(
                CONTRACTION, Money.of("60", "USD"), d("2024-01-29")),
            org.assertj.core.groups.Tuple.tuple(CHURN, Money.of("166.67", "USD"), d("2025-01-10")),
            org.assertj.core.groups.Tuple.tuple(
                REACTIVATION, Money.of("150", "USD"), d("2025-03-01")));
    assertThat(book.mrrAt(d("2024-01-20"))).isEqualTo(Money.of("226.67", "USD"));
    assertThat(book.mrrAt(SYNC, d("2025-02-01"))).isEqualTo(Money.zero(USD));
  }

  @Test
  void planSwapOnTheSameDayIsOneMovementNotChurnAndNew() {
    AccountId a = AccountId.of("a");
    MrrBook book =
        book(
            monthly("s1", a, "100", "2024-01-01", "2024-02-01"),
            monthly("s2", a, "80", "2024-02-01", null));
    assertThat(book.movements())
        .extracting(MrrMovement::type)
        .containsExactly(NEW_BUSINESS, CONTRACTION);
  }

  @Test
  void freePlansAreNotPaidMrr() {
    AccountId a = AccountId.of("a");
    MrrBook book =
        book(
            monthly("trial", a, "0", "2024-01-01", "2024-01-15"),
            monthly("paid", a, "50", "2024-01-15", null));
    assertThat(book.movements()).extracting(MrrMovement::type).containsExactly(NEW_BUSINESS);
    assertThat(book.movements().get(0).date()).isEqualTo(d("2024-01-15"));
  }

  @Test
  void summaryCountsChurnOnlyForCustomersPayingAtStart() {
    AccountId a = AccountId.of("a");
    AccountId b = AccountId.of("b");
    AccountId c = AccountId.of("c");
    MrrBook book =
        book(
            monthly("a1", a, "100", "2024-01-01", "2024-02-10"),
            monthly("b1", b, "50", "2024-01-01", null),
            // c joins and churns inside February
            monthly("c1", c, "30", "2024-02-03", "2024-02-20"));
    MovementSummary feb = book.summary(DateRange.of(d("2024-02-01"), d("2024-03-01")));
    assertThat(feb.mrrAtStart()).isEqualTo(Money.of("150", "USD"));
    assertThat(feb.newBusiness()).isEqualTo(Money.of("30", "USD"));
    assertThat(feb.churn()).isEqualTo(Money.of("130", "USD"));
    assertThat(feb.mrrAtEnd()).isEqualTo(Money.of("50", "USD"));
    assertThat(feb.customersAtStart()).isEqualTo(2);
    assertThat(feb.churnedCustomers()).isEqualTo(2);
    assertThat(feb.churnedFromStart()).isEqualTo(1);
    // ChartMogul excludes c (joined and churned in the period): 1 / 2
    assertThat(ChurnRate.CHARTMOGUL.of(feb).value()).isEqualByComparingTo("0.5");
    // Stripe: churned 2 / (2 at start + 1 new) = 0.6666...
    assertThat(ChurnRate.STRIPE.of(feb).value()).isEqualByComparingTo("0.6666666666666667");
  }

  @Test
  void mixedCurrenciesAreRejected() {
    AccountId a = AccountId.of("a");
    SubscriptionFact eur =
        new SubscriptionFact(
            "e", a, Money.of("10", "EUR"), BillingInterval.MONTHLY, d("2024-01-01"), null);
    assertThatThrownBy(() -> MrrBook.of(List.of(eur), USD))
        .isInstanceOf(CurrencyMismatchException.class);
  }
}
