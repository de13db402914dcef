package dev.revops.metrics.collections;

import static dev.revops.metrics.collections.AgingFixtures.USD;
import static dev.revops.metrics.collections.AgingFixtures.aged;
import static dev.revops.metrics.collections.AgingFixtures.oneOfTwoPaidInMay;
import static dev.revops.metrics.collections.AgingFixtures.paid;
import static dev.revops.metrics.collections.AgingFixtures.receivable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBucket;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgingAndRollRatesTest {
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
    Receivable a1 = receivable("a1", "A", "2024-01-01", "1000");
    Receivable b1 = receivable("b1", "B", "2024-01-01", "500");
    Receivable c1 = receivable("c1", "C", "2024-01-15", "200");
    Receivable d1 = receivable("d1", "D", "2024-01-30", "400");
    AgingSnapshot before = aged("2024-01-20", List.of(a1, b1, c1, d1));
    Receivable b2 = receivable("b2", "B", "2024-02-25", "300");
    AgingSnapshot after = aged("2024-02-20", List.of(a1, paid(b1), b2, paid(c1), d1));
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
    assertThat(oneOfTwoPaidInMay().rollForward(1).value()).isEqualByComparingTo("0.5");
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
