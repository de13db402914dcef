package dev.revops.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each condition of a dunning step on its own: where it holds and where it just fails. */
class DunningConditionsTest {
  private static final Map<String, Money> OPEN = Map.of("USD", Money.of("50.00", "USD"));

  private static DunningConditions unpaidAtLeast(int n) {
    return new DunningConditions(null, n, null, null, null);
  }

  @Test
  void noConditionsAlwaysHold() {
    assertThat(DunningConditions.none().holds(Map.of(), 0, Set.of(), null)).isTrue();
  }

  @Test
  void theThresholdIsReachedAtExactlyTheAmountInItsOwnCurrency() {
    DunningConditions c = DunningConditions.minAmount(Money.of("50.00", "USD"));
    assertThat(c.holds(OPEN, 1, Set.of(), null)).isTrue();
    assertThat(c.holds(Map.of("USD", Money.of("49.99", "USD")), 1, Set.of(), null)).isFalse();
    assertThat(c.holds(Map.of("EUR", Money.of("500.00", "EUR")), 1, Set.of(), null)).isFalse();
  }

  @Test
  void theUnpaidCountMustReachTheMinimum() {
    assertThat(unpaidAtLeast(2).holds(OPEN, 2, Set.of(), null)).isTrue();
    assertThat(unpaidAtLeast(2).holds(OPEN, 3, Set.of(), null)).isTrue();
    assertThat(unpaidAtLeast(2).holds(OPEN, 1, Set.of(), null)).isFalse();
  }

  @Test
  void everyRequiredTagMustBeThereAndNoExemptingOne() {
    DunningConditions c =
        new DunningConditions(null, null, Set.of("auto-dunning", "b2c"), Set.of("vip"), null);
    assertThat(c.holds(OPEN, 1, Set.of("auto-dunning", "b2c", "new"), null)).isTrue();
    assertThat(c.holds(OPEN, 1, Set.of("auto-dunning"), null)).isFalse();
    assertThat(c.holds(OPEN, 1, Set.of("auto-dunning", "b2c", "vip"), null)).isFalse();
  }

  @Test
  void declineReasonsMatchOnlyTheLastDecline() {
    DunningConditions c =
        new DunningConditions(null, null, null, null, Set.of("insufficient_funds"));
    assertThat(c.holds(OPEN, 1, Set.of(), "insufficient_funds")).isTrue();
    assertThat(c.holds(OPEN, 1, Set.of(), "expired_card")).isFalse();
    assertThat(c.holds(OPEN, 1, Set.of(), null)).isFalse();
  }

  @Test
  void allGivenConditionsMustHoldTogether() {
    DunningConditions c =
        new DunningConditions(
            List.of(Money.of("50.00", "USD")), 2, Set.of("auto"), Set.of("vip"), Set.of("x"));
    assertThat(c.holds(OPEN, 2, Set.of("auto"), "x")).isTrue();
    assertThat(c.holds(OPEN, 1, Set.of("auto"), "x")).isFalse();
    assertThat(c.holds(OPEN, 2, Set.of(), "x")).isFalse();
    assertThat(c.holds(OPEN, 2, Set.of("auto", "vip"), "x")).isFalse();
    assertThat(c.holds(OPEN, 2, Set.of("auto"), "y")).isFalse();
    assertThat(c.holds(Map.of(), 2, Set.of("auto"), "x")).isFalse();
  }
}
