package dev.revops.collections.port.memory;

import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Small promises and plans for the adapter tests. */
final class Fixtures {
  private Fixtures() {}

  static PromiseToPay promise(
      String id, String account, String debt, LocalDate date, ZoneId zone, Instant madeAt) {
    return PromiseToPay.builder()
        .id(PromiseId.of(id))
        .account(AccountId.of(account))
        .debt(ReceivableId.of(debt))
        .amount(Money.of("50", "USD"))
        .promisedFor(date)
        .graceDays(0)
        .tolerance(Money.of("0", "USD"))
        .zone(zone)
        .madeAt(madeAt)
        .build();
  }

  static PaymentPlan plan(String id, String account, LocalDate firstDue, int grace, ZoneId zone) {
    return PaymentPlan.builder()
        .id(PlanId.of(id))
        .account(AccountId.of(account))
        .debts(List.of(ReceivableId.of("debt-" + id)))
        .balance(Money.of("90", "USD"))
        .frequency(Frequency.WEEKLY)
        .firstDue(firstDue)
        .graceDays(grace)
        .zone(zone)
        .equalInstallments(3);
  }

  static PromiseId promiseId(int i) {
    return PromiseId.of("p" + i);
  }

  static PlanId planId(int i) {
    return PlanId.of("p" + i);
  }
}
