package dev.revops.collections.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PromiseToPayTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate DATE = LocalDate.parse("2026-06-10");

  static PromiseToPay promise() {
    return PromiseToPay.builder()
        .id(PromiseId.of("p-1"))
        .account(AccountId.of("a"))
        .debt(ReceivableId.of("r"))
        .amount(Money.of("100.00", "USD"))
        .promisedFor(DATE)
        .graceDays(2)
        .tolerance(Money.of("1.00", "USD"))
        .zone(NY)
        .madeAt(Instant.parse("2026-06-01T15:00:00Z"))
        .build();
  }

  static Instant ny(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(NY).toInstant();
  }

  @Test
  void keptWhenPaymentsReachTheAmountWithinToleranceByTheDatePlusGrace() {
    Changed<PromiseToPay> c = promise().recordPayment(Money.of("50", "USD"), ny(DATE, 9));
    assertThat(c.value().status()).isEqualTo(PromiseStatus.PROMISED);
    c = c.value().recordPayment(Money.of("49.00", "USD"), ny(DATE.plusDays(2), 23));
    assertThat(c.value().status()).isEqualTo(PromiseStatus.KEPT);
    assertThat(c.events()).singleElement().isInstanceOf(PromiseKept.class);
  }

  @Test
  void partiallyKeptOrBrokenOnceTheDeadlinePassesInTheDebtorsZone() {
    PromiseToPay part = promise().recordPayment(Money.of("30", "USD"), ny(DATE, 9)).value();
    // 23:30 on the last grace day in New York is already the next day in UTC
    assertThat(part.evaluate(ny(DATE.plusDays(2), 23).plusSeconds(1800)).hasEvents()).isFalse();
    Changed<PromiseToPay> late = part.evaluate(ny(DATE.plusDays(3), 0));
    assertThat(late.value().status()).isEqualTo(PromiseStatus.PARTIALLY_KEPT);
    assertThat(late.events())
        .singleElement()
        .isInstanceOfSatisfying(PromiseBroken.class, e -> assertThat(e.partly()).isTrue());
    Changed<PromiseToPay> broken = promise().evaluate(ny(DATE.plusDays(3), 0));
    assertThat(broken.value().status()).isEqualTo(PromiseStatus.BROKEN);
    // a payment after the deadline does not count towards the promise
    assertThat(
            promise().recordPayment(Money.of("100", "USD"), ny(DATE.plusDays(3), 9)).value().paid())
        .isEqualTo(Money.of("0", "USD"));
  }

  @Test
  void resolvedPromisesCannotBeCancelled() {
    assertThat(promise().cancel().value().status()).isEqualTo(PromiseStatus.CANCELLED);
    PromiseToPay broken = promise().evaluate(ny(DATE.plusDays(5), 0)).value();
    assertThatThrownBy(broken::cancel).isInstanceOf(IllegalTransitionException.class);
  }
}
