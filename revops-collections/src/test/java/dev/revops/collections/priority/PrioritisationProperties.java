package dev.revops.collections.priority;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PrioritisationProperties {
  @Property(tries = 1000)
  void allocationRespectsCapacityAndWorksTheMostValuableFirst(
      @ForAll @Size(max = 40) List<@LongRange(min = 0, max = 1_000_000) Long> balances,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 8) Integer> capacities) {
    List<WorkItem> items = new ArrayList<>();
    for (int i = 0; i < balances.size(); i++) {
      items.add(
          WorkItem.value(AccountId.of("a" + i), Money.ofMinor(balances.get(i), "USD"), 0.5, i, 90));
    }
    List<Collector> collectors = new ArrayList<>();
    for (int i = 0; i < capacities.size(); i++) {
      collectors.add(new Collector(UserId.of("u" + i), capacities.get(i)));
    }
    Allocation a = Allocation.allocate(items, collectors);
    int total = capacities.stream().mapToInt(Integer::intValue).sum();
    Set<AccountId> seen = new HashSet<>();
    long minAssigned = Long.MAX_VALUE;
    for (Collector c : collectors) {
      List<WorkItem> mine = a.assignments().get(c.id());
      assertThat(mine.size()).isLessThanOrEqualTo(c.capacity());
      for (WorkItem w : mine) {
        assertThat(seen.add(w.account())).isTrue();
        minAssigned = Math.min(minAssigned, w.expectedValue().minor());
      }
    }
    for (WorkItem w : a.unassigned()) {
      assertThat(seen.add(w.account())).isTrue();
      assertThat(w.expectedValue().minor()).isLessThanOrEqualTo(minAssigned);
    }
    assertThat(seen).hasSize(items.size());
    assertThat(items.size() - a.unassigned().size()).isEqualTo(Math.min(items.size(), total));
  }

  @Property(tries = 1000)
  void expectedValueNeverExceedsTheBalanceAndFallsWithAge(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long balance,
      @ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll @IntRange(min = 0, max = 2000) int dpd) {
    Money b = Money.ofMinor(balance, "USD");
    WorkItem now = WorkItem.value(AccountId.of("a"), b, p, dpd, 90);
    WorkItem later = WorkItem.value(AccountId.of("a"), b, p, dpd + 30L, 90);
    assertThat(now.expectedValue().minor()).isBetween(0L, balance);
    assertThat(later.expectedValue().compareTo(now.expectedValue())).isLessThanOrEqualTo(0);
  }
}
