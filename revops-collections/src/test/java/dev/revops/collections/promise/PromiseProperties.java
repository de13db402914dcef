package dev.revops.collections.promise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class PromiseProperties {
  static final ZoneId ZONE = ZoneId.of("Australia/Sydney");

  @Property(tries = 1000)
  void aPromiseIsKeptIffPaymentsByTheDatePlusGraceReachItsAmountWithinTolerance(
      @ForAll @LongRange(min = 1, max = 100_000) long amount,
      @ForAll @LongRange(min = 0, max = 500) long tolerance,
      @ForAll @IntRange(min = 0, max = 5) int grace,
      @ForAll @Size(max = 8) List<@LongRange(min = 1, max = 40_000) Long> payments,
      @ForAll @Size(max = 8) List<@IntRange(min = -10, max = 12) Integer> dayOffsets) {
    LocalDate date = LocalDate.parse("2026-04-01"); // DST ends in Sydney on 2026-04-05
    PromiseToPay p =
        PromiseToPay.builder()
            .id(PromiseId.of("p"))
            .account(AccountId.of("a"))
            .debt(ReceivableId.of("r"))
            .amount(Money.ofMinor(amount, "AUD"))
            .promisedFor(date)
            .graceDays(grace)
            .tolerance(Money.ofMinor(tolerance % amount, "AUD"))
            .zone(ZONE)
            .madeAt(Instant.parse("2026-03-20T00:00:00Z"))
            .build();
    long counted = 0;
    int n = Math.min(payments.size(), dayOffsets.size());
    List<Integer> sortedDays = dayOffsets.subList(0, n).stream().sorted().toList();
    for (int i = 0; i < n; i++) {
      LocalDate day = date.plusDays(sortedDays.get(i));
      Instant at = day.atTime(12, 0).atZone(ZONE).toInstant();
      if (!day.isAfter(date.plusDays(grace))) {
        counted += payments.get(i);
      }
      p = p.recordPayment(Money.ofMinor(payments.get(i), "AUD"), at).value();
    }
    p = p.evaluate(date.plusDays(grace + 1L).atStartOfDay(ZONE).toInstant()).value();
    boolean shouldBeKept = counted >= amount - tolerance % amount;
    assertThat(p.status() == PromiseStatus.KEPT).isEqualTo(shouldBeKept);
    if (!shouldBeKept) {
      assertThat(p.status())
          .isEqualTo(counted > 0 ? PromiseStatus.PARTIALLY_KEPT : PromiseStatus.BROKEN);
    }
  }
}
