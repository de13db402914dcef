package dev.revops.metrics.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBucket;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingAndRollRatesTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static Receivable r(String id, String account, String due, String amountDue) {
    LocalDate dueOn = LocalDate.parse(due);
    return new Receivable(
        ReceivableId.of(id),
        AccountId.of(account),
        "INV-" + id,
        Money.of("5000", "USD"),
        Money.of(amountDue, "USD"),
        dueOn.minusDays(30),
        dueOn);
  }

  /**
   * Four accounts aged on 2024-01-20 and 2024-02-20 with the standard buckets:
   *
   * <pre>
   * account  before (Jan 20)           after (Feb 20)                move
   * A        1,000 due Jan 1 (19 dpd)  1,000 (50 dpd, 31-60)         1-30 -> 31-60 (roll forward)
   * B          500 due Jan 1 (19 dpd)  paid; 300 due Feb 25 (current) 1-30 -> current (cure)
   * C          200 due Jan 15 (5 dpd)  paid                          1-30 -> closed
   * D          400 due Jan 30 (current) 400 (21 dpd, 1-30)           current -> 1-30
   * </pre>
   */
  @Test
  void rollRatesIncludingCures() {
    AgingSnapshot before =
        AgingSnapshot.of(
            AgingBuckets.standard(),
            List.of(
                r("a1", "A", "2024-01-01", "1000"),
                r("b1", "B", "2024-01-01", "500"),
                r("c1", "C", "2024-01-15", "200"),
                r("d1", "D", "2024-01-30", "400")),
            LocalDate.parse("2024-01-20"),
            USD);
    AgingSnapshot after =
        AgingSnapshot.of(
            AgingBuckets.standard(),
            List.of(
                r("a1", "A", "2024-01-01", "1000"),
                r("b1", "B", "2024-01-01", "0"),
                r("b2", "B", "2024-02-25", "300"),
                r("c1", "C", "2024-01-15", "0"),
                r("d1", "D", "2024-01-30", "400")),
            LocalDate.parse("2024-02-20"),
            USD);
    assertThat(before.bucketBalances())
        .containsExactly(
            Money.of("400", "USD"),
            Money.of("1700", "USD"),
            Money.zero(USD),
            Money.zero(USD),
            Money.zero(USD),
            Money.zero(USD));
    assertThat(before.current()).isEqualTo(Money.of("400", "USD"));
    assertThat(after.total()).isEqualTo(Money.of("1700", "USD"));

    RollRates rates = RollRates.between(before, after);
    // aggregate: 1-30 now 400 / current before 400; 31-60 now 1,000 / 1-30 before 1,700
    assertThat(rates.aggregate(0).value()).isEqualByComparingTo("1");
    assertThat(rates.aggregate(1).value()).isEqualByComparingTo("0.5882352941176471");
    // account flow out of 1-30 (1,700 before): A forward 1,000, B cured 500, C closed 200
    assertThat(rates.rollForward(1).value()).isEqualByComparingTo("0.5882352941176471");
    assertThat(rates.cure(1).value()).isEqualByComparingTo("0.2941176470588235");
    assertThat(rates.closed(1).value()).isEqualByComparingTo("0.1176470588235294");
    assertThat(rates.stay(1).value()).isEqualByComparingTo("0");
    assertThat(rates.rollForward(0).value()).isEqualByComparingTo("1");
    assertThat(rates.rollForward(3).isDefined()).isFalse();
    assertThat(rates.flows().get(1).get(0)).isEqualTo(Money.of("500", "USD"));
  }

  /**
   * Two receivables 1-30 days past due on May 1; by May 31 one has rolled into 31-60 and the other
   * was paid: half of May's 1-30 balance rolled forward (collections' former RollRates case).
   */
  @Test
  void halfOfABucketRollsForwardWhenOneOfTwoReceivablesIsPaid() {
    List<Receivable> may =
        List.of(r("x1", "a", "2026-04-20", "100"), r("x2", "b", "2026-04-25", "100"));
    List<Receivable> june = List.of(may.get(0), r("x2", "b", "2026-04-25", "0"));
    RollRates rates =
        RollRates.between(
            AgingSnapshot.of(AgingBuckets.standard(), may, LocalDate.parse("2026-05-01"), USD),
            AgingSnapshot.of(AgingBuckets.standard(), june, LocalDate.parse("2026-05-31"), USD));
    assertThat(rates.rollForward(1).value()).isEqualByComparingTo("0.5");
  }

  @Test
  void bucketsMustBeContiguousAndEndOpen() {
    assertThatThrownBy(
            () ->
                AgingBuckets.of(
                    List.of(AgingBucket.of("current", 0, 0), AgingBucket.of("2+", 2, null))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("buckets[1].minDays");
    assertThatThrownBy(() -> AgingBuckets.of(List.of(AgingBucket.of("current", 0, 0))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("open-ended");
    assertThat(AgingBuckets.of(AgingBuckets.standard().buckets()))
        .isEqualTo(AgingBuckets.standard());
    assertThat(AgingBuckets.standard().indexFor(0)).isZero();
    assertThat(AgingBuckets.standard().indexFor(30)).isEqualTo(1);
    assertThat(AgingBuckets.standard().indexFor(121)).isEqualTo(5);
  }
}
