package dev.revops.billing.subscription;

import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Fixtures;
import dev.revops.billing.catalog.Plan;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Random operation sequences keep a subscription inside its machine and its timeline coherent. */
class SubscriptionProperties {
  private static final List<Plan> PLANS = RandomOperations.PLANS;

  @Property(tries = 1000)
  void operationsNeverLeaveTheMachineAndTheTimelineMatchesIsBilled(
      @ForAll @IntRange(min = 0, max = 4) int plan,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 13) Integer> ops,
      @ForAll @Size(min = 12, max = 12) List<@IntRange(min = 0, max = 20) Integer> gaps,
      @ForAll boolean paymentMethod) {
    LocalDate start = LocalDate.of(2024, 1, 15);
    Subscription s =
        Subscription.create(
                NewSubscription.builder()
                    .id(SubscriptionId.of("s"))
                    .account(Fixtures.ACME)
                    .currency(Fixtures.USD)
                    .zone(Fixtures.NY)
                    .plan(PLANS.get(plan))
                    .startDate(start)
                    .hasPaymentMethod(paymentMethod)
                    .build(),
                start,
                AT)
            .value();
    LocalDate today = start;
    for (int i = 0; i < ops.size(); i++) {
      today = today.plusDays(gaps.get(i));
      SubscriptionStatus before = s.status();
      try {
        s = RandomOperations.apply(s, ops.get(i), today).value();
      } catch (IllegalTransitionException e) {
        // refused moves change nothing
      }
      assertThat(SubscriptionLifecycle.MACHINE.states()).contains(s.status());
      if (SubscriptionLifecycle.MACHINE.isTerminal(before)) {
        assertThat(s.status()).isEqualTo(before);
      }
    }
    List<TimelineSlice> slices = s.timeline(CATALOG, LocalDate.of(2025, 6, 1));
    for (int i = 1; i < slices.size(); i++) {
      assertThat(slices.get(i).range().start()).isAfterOrEqualTo(slices.get(i - 1).range().end());
    }
    for (LocalDate d = start.minusDays(3);
        d.isBefore(LocalDate.of(2025, 6, 1));
        d = d.plusDays(1)) {
      LocalDate day = d;
      boolean inSlice = slices.stream().map(TimelineSlice::range).anyMatch(r -> r.contains(day));
      boolean term = s.termEnd(CATALOG) == null || day.isBefore(s.termEnd(CATALOG));
      assertThat(inSlice).isEqualTo(s.isBilled(day) && term);
      if (s.entitlementEnd() != null && !day.isBefore(s.entitlementEnd())) {
        assertThat(s.hasAccess(day)).isFalse();
      }
    }
    assertThat(slices.stream().map(TimelineSlice::range).mapToLong(DateRange::days).sum())
        .isLessThanOrEqualTo(
            start.until(LocalDate.of(2025, 6, 1), java.time.temporal.ChronoUnit.DAYS));
  }
}
