package dev.revops.jdbc.collections;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Small, valid collections values for the adapter tests. */
final class CollectionsData {
  static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
  static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Pacific/Chatham"));

  private CollectionsData() {}

  static Money usd(long minor) {
    return Money.ofMinor(minor, "USD");
  }

  static PromiseToPay promise(int n) {
    return PromiseToPay.builder()
        .id(PromiseId.of("ptp-" + n))
        .account(AccountId.of("acct-" + (n % 3)))
        .debt(ReceivableId.of("inv-" + (n % 5)))
        .amount(usd(10_000 + n))
        .promisedFor(JUNE.plusDays(n % 7))
        .graceDays(n % 2)
        .zone(ZONES.get(n % ZONES.size()))
        .madeAt(T0.plusSeconds(n))
        .build();
  }

  /** A partial payment before the deadline: the promise stays open, paid grows by n + 1 cents. */
  static PromiseToPay pay(PromiseToPay p, int n) {
    return p.recordPayment(usd(n + 1L), p.madeAt()).value();
  }

  static PaymentPlan plan(int n) {
    return PaymentPlan.builder()
        .id(PlanId.of("plan-" + n))
        .account(AccountId.of("acct-" + (n % 3)))
        .debts(List.of(ReceivableId.of("inv-" + n), ReceivableId.of("inv-x" + n)))
        .balance(usd(30_000 + n))
        .frequency(n % 2 == 0 ? Frequency.MONTHLY : Frequency.WEEKLY)
        .firstDue(JUNE.plusDays(n % 10))
        .graceDays(n % 4)
        .zone(ZONES.get(n % ZONES.size()))
        .equalInstallments(1 + n % 4);
  }

  /** The same plan with other grace days: a change that keeps the id and the version. */
  static PaymentPlan regrace(PaymentPlan p, int n) {
    return new PaymentPlan(
        p.id(),
        p.account(),
        p.debts(),
        p.balance(),
        p.installments(),
        100 + n,
        p.zone(),
        p.status(),
        p.version());
  }

  static DunningCase dunningCase(int n) {
    return DunningCase.start(AccountId.of("acct-" + n));
  }

  static DunningCase step(DunningCase d, int n) {
    return new DunningCase(
        d.id(),
        JUNE.minusDays(n),
        List.of("reminder-" + n),
        Set.of(ReceivableId.of("inv-" + n)),
        n % 2 == 0,
        n % 3 == 0,
        d.version());
  }

  static Activity attempt(String id, String account, String debt, Instant at, String note) {
    return new Activity(
        id,
        at,
        AccountId.of(account),
        ReceivableId.of(debt),
        ContactId.of("c-" + debt),
        Channel.PHONE,
        ActivityType.ATTEMPT_ALLOWED,
        null,
        null,
        List.of("reg-f-7in7", "tcpa-hours"),
        note);
  }

  static Activity outcome(String id, Activity attempt, ContactOutcome outcome) {
    return new Activity(
        id,
        attempt.at().plusSeconds(60),
        attempt.account(),
        attempt.debt(),
        attempt.contact(),
        attempt.channel(),
        ActivityType.OUTCOME,
        outcome,
        attempt.id(),
        List.of(),
        "");
  }

  static Activity note(String id, String account, String debt, Instant at, String note) {
    return new Activity(
        id,
        at,
        AccountId.of(account),
        ReceivableId.of(debt),
        null,
        null,
        ActivityType.NOTE,
        null,
        null,
        List.of(),
        note);
  }
}
