package dev.revops.metrics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * State stays bounded by accounts and the window while events pile up. (Speed belongs to the JMH
 * benchmark, not to a unit test: nothing here is timed.)
 */
class ProjectionScaleTest {
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void stateGrowsWithAccountsNotEvents() {
    int accounts = 500;
    int window = 2;
    MetricsProjection p = new MetricsProjection(new ProjectionConfig(USD, window, List.of("lead")));
    LocalDate origin = LocalDate.of(2024, 1, 1);
    int maxPending = 0;
    int events = 0;
    for (int day = 0; day < 400; day++) {
      for (int a = 0; a < accounts; a++) {
        AccountId account = AccountId.of("a" + a);
        LocalDate on = origin.plusDays(day);
        p.accept(
            new SubscriptionMrrChanged(
                EventId.of("s-" + day + "-" + a),
                account,
                "s",
                on,
                day,
                Money.ofMinor((a + day) % 7 == 0 ? 0 : 1000 + (day % 5) * 100, USD)));
        p.accept(
            new ReceivableChanged(
                EventId.of("r-" + day + "-" + a),
                account,
                ReceivableChange.ISSUED,
                Money.ofMinor(100, USD),
                on));
        events += 2;
      }
      maxPending = Math.max(maxPending, p.pendingEvents());
    }
    assertThat(events).isEqualTo(400_000);
    assertThat(p.trackedKeys()).isEqualTo(accounts);
    // at most the events of the window's days (+ the latest day) wait
    assertThat(maxPending).isLessThanOrEqualTo((window + 1) * accounts * 2);
    p.flush();
    assertThat(p.pendingEvents()).isZero();
    PeriodReport year = p.report(DateRange.of(origin, origin.plusDays(366)));
    assertThat(year.receivables().issued()).isEqualTo(Money.ofMinor(366L * accounts * 100, USD));
  }
}
