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
    return PromiseToPay.make(
        PromiseId.of(id),
        AccountId.of(account),
        ReceivableId.of(debt),
        Money.of("50", "USD"),
        date,
        0,
        Money.of("0", "USD"),
        zone,
        madeAt);
  }

  static PaymentPlan plan(String id, String account, LocalDate firstDue, int grace, ZoneId zone) {
    return PaymentPlan.propose(
        PlanId.of(id),
        AccountId.of(account),
        List.of(ReceivableId.of("debt-" + id)),
        Money.of("90", "USD"),
        3,
        Frequency.WEEKLY,
        firstDue,
        grace,
        zone);
  }

  static PromiseId promiseId(int i) {
    return PromiseId.of("p" + i);
  }

  static PlanId planId(int i) {
    return PlanId.of("p" + i);
  }
}
