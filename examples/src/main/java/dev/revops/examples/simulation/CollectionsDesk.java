package dev.revops.examples.simulation;

import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.dunning.DueAction;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.collections.plan.Frequency;
import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import dev.revops.metrics.collections.ContactFact;
import dev.revops.metrics.projection.ReceivableChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collections: every day the accounts that owe are run through the dunning ladder ({@link
 * RevenueSimulation#DUNNING_JSON}) by collections' {@code DunningService}; each contact passes the
 * {@code ContactGate}; calls end in no answer, voicemail, a wrong party, a right-party contact (a
 * {@link PaymentPlan} for larger debts), a {@link PromiseToPay} or a dispute (half upheld with a
 * credit note); the agency step writes the debt off. Promises and plans are recorded, paid and
 * resolved through the {@code PromiseService} and {@code PlanService}. Mutable, confined to the
 * simulation's thread.
 */
final class CollectionsDesk {
  private static final UserId[] COLLECTORS = {
    UserId.of("collector-1"), UserId.of("collector-2"), UserId.of("collector-3")
  };

  private final World w;
  private final Invoicing invoicing;
  private final Subscriptions subscriptions;
  private final DunningPolicy policy = DunningPolicy.fromJson(RevenueSimulation.DUNNING_JSON);

  /** Every call's outcome, for metrics. */
  final List<ContactFact> calls = new ArrayList<>();

  /** Every promise made, in order. */
  final List<PromiseId> promiseIds = new ArrayList<>();

  /** The activity ids of every contact the gate allowed. */
  final Set<String> contactsMade = new LinkedHashSet<>();

  CollectionsDesk(World w, Invoicing invoicing, Subscriptions subscriptions) {
    this.w = w;
    this.invoicing = invoicing;
    this.subscriptions = subscriptions;
  }

  /** Applies the day's payments to promises and plans, then resolves the ones past due. */
  void promisesAndPlans() {
    Instant now = w.clock.instant();
    for (Customer c : w.customers) {
      Money payment = c.paymentsToApply;
      c.paymentsToApply = Money.zero(World.USD);
      if (c.promise != null && payment.isPositive()) {
        PromiseToPay p = w.collections.promises().get(c.promise);
        w.collections.promises().applyPayment(p.debt(), payment, now);
      }
      if (c.plan != null && payment.isPositive()) {
        PaymentPlan plan = w.collections.plans().get(c.plan);
        Money toPlan = payment.isGreaterThan(plan.remaining()) ? plan.remaining() : payment;
        w.collections.plans().pay(plan.id(), toPlan, now);
      }
    }
    w.collections.promises().resolveDue(now);
    w.collections.plans().defaultOverdue(now);
    for (Customer c : w.customers) {
      if (c.promise != null
          && w.collections.promises().get(c.promise).status() != PromiseStatus.PROMISED) {
        c.promise = null;
      }
      if (c.plan != null && !w.collections.plans().get(c.plan).isCurrent(now)) {
        c.plan = null;
      }
    }
  }

  /** Runs the dunning ladder for every account that owes or is still in dunning. */
  void dunning() {
    Map<AccountId, List<Invoice>> owing = new LinkedHashMap<>();
    for (Invoice inv : invoicing.openInvoices()) {
      owing.computeIfAbsent(inv.account(), a -> new ArrayList<>()).add(inv);
    }
    Instant now = w.clock.instant();
    List<Customer> due = new ArrayList<>();
    for (Customer c : w.customers) {
      if (owing.containsKey(c.account.id()) || c.inDunning) {
        due.add(c);
      }
    }
    Map<AccountId, Set<ReceivableId>> paused =
        w.collections.plans().pausedDebts(due.stream().map(c -> c.account.id()).toList(), now);
    List<DunningFacts> facts = new ArrayList<>(due.size());
    for (Customer c : due) {
      List<Receivable> receivables =
          owing.getOrDefault(c.account.id(), List.of()).stream()
              .map(Invoice::toReceivable)
              .toList();
      facts.add(
          DunningFacts.of(c.account.id(), c.account.timeZone(), receivables)
              .withPaused(paused.get(c.account.id())));
    }
    List<DunningEvaluation> evaluations = w.collections.dunning().runAll(facts, policy, now);
    for (int i = 0; i < due.size(); i++) {
      Customer c = due.get(i);
      DunningEvaluation e = evaluations.get(i);
      c.inDunning = e.next().isActive();
      List<Invoice> owed = owing.getOrDefault(c.account.id(), List.of());
      for (DueAction action : e.actions()) {
        act(c, owed, action);
      }
    }
  }

  private void act(Customer c, List<Invoice> owed, DueAction action) {
    switch (action.action()) {
      case SUSPEND_SERVICE -> c.suspended = true;
      case RESTORE_SERVICE -> c.suspended = false;
      case HAND_TO_AGENCY -> writeOff(c, owed);
      default -> {
        if (action.action().isContact() && !owed.isEmpty()) {
          contact(c, owed.get(0), action.action().channel().orElseThrow());
        }
      }
    }
  }

  /** Asks the collections gate to contact the customer about the debt, with their current facts. */
  private GateResult attempt(
      Customer c, ReceivableId debtId, Channel channel, Instant at, ContactKind kind) {
    return w.collections
        .gate()
        .attempt(
            new IntendedContact(
                c.account.id(),
                debtId,
                c.preferences,
                c.contact.zones(),
                channel,
                at,
                kind,
                c.debtFacts));
  }

  private void contact(Customer c, Invoice debt, Channel channel) {
    ReceivableId debtId = ReceivableId.of(debt.id().value());
    Instant at =
        w.today.atStartOfDay(ZoneOffset.UTC).plusHours(13 + w.random.nextInt(10)).toInstant();
    GateResult result = attempt(c, debtId, channel, at, ContactKind.COLLECTION);
    int m = w.monthIndex(w.today);
    if (result.status() == GateResult.Status.BLOCKED) {
      w.contactsBlocked[m]++;
      return;
    }
    if (result.status() != GateResult.Status.ALLOWED) {
      return;
    }
    w.contactsAllowed[m]++;
    String attempt = result.entry().id();
    contactsMade.add(attempt);
    if (c.debtFacts.firstContactOn() == null) {
      c.debtFacts = c.debtFacts.withFirstContactOn(w.today);
      GateResult notice =
          attempt(
              c,
              debtId,
              Channel.LETTER,
              w.today.atTime(15, 0).atZone(c.account.timeZone()).toInstant(),
              ContactKind.VALIDATION_NOTICE);
      if (notice.allowed()) {
        contactsMade.add(notice.entry().id());
        w.collections
            .gate()
            .recordOutcome(notice.entry().id(), ContactOutcome.DELIVERED, at, "validation notice");
        c.debtFacts = c.debtFacts.withValidationNoticeSentOn(w.today);
      }
    }
    if (channel != Channel.PHONE) {
      w.collections
          .gate()
          .recordOutcome(attempt, ContactOutcome.DELIVERED, at, "dunning " + channel);
      if (w.random.nextDouble() < 0.22) {
        w.schedule(w.today.plusDays(1 + w.random.nextInt(4)), () -> invoicing.pay(debt.id(), null));
      }
      return;
    }
    UserId collector = COLLECTORS[w.random.nextInt(COLLECTORS.length)];
    double r = w.random.nextDouble();
    ContactOutcome outcome =
        r < 0.45
            ? ContactOutcome.NO_ANSWER
            : r < 0.58
                ? ContactOutcome.VOICEMAIL_LEFT
                : r < 0.62
                    ? ContactOutcome.WRONG_PARTY
                    : r < 0.78
                        ? ContactOutcome.RIGHT_PARTY_CONTACT
                        : r < 0.97 ? ContactOutcome.PROMISE_TO_PAY : ContactOutcome.DISPUTE;
    w.collections.gate().recordOutcome(attempt, outcome, at, "dunning call");
    calls.add(new ContactFact(c.account.id(), collector, w.today, metricsOutcome(outcome)));
    Money due = debt.amountDue();
    switch (outcome) {
      case RIGHT_PARTY_CONTACT -> {
        if (due.isGreaterThan(Money.of("300", "USD")) && c.plan == null) {
          paymentPlan(c, debt, due);
        } else if (w.random.nextDouble() < 0.5) {
          w.schedule(
              w.today.plusDays(1 + w.random.nextInt(3)), () -> invoicing.pay(debt.id(), null));
        }
      }
      case PROMISE_TO_PAY -> promise(c, debt, due, collector);
      case DISPUTE -> {
        c.debtFacts = c.debtFacts.withDispute(DisputeStatus.DISPUTED);
        w.schedule(w.today.plusDays(10), () -> resolveDispute(c, debt.id()));
      }
      default -> {}
    }
  }

  private void promise(Customer c, Invoice debt, Money due, UserId collector) {
    if (c.promise != null) {
      return;
    }
    LocalDate promisedFor = w.today.plusDays(2 + w.random.nextInt(9));
    PromiseToPay p =
        w.collections
            .promises()
            .record(
                PromiseToPay.builder()
                    .id(PromiseId.of(w.ids.nextId()))
                    .account(c.account.id())
                    .debt(ReceivableId.of(debt.id().value()))
                    .amount(due)
                    .promisedFor(promisedFor)
                    .graceDays(2)
                    .tolerance(Money.of("1.00", "USD"))
                    .zone(c.account.timeZone())
                    .madeAt(w.clock.instant())
                    .build());
    c.promise = p.id();
    promiseIds.add(p.id());
    c.promiseCollector.put(p.id(), collector);
    if (w.random.nextDouble() < 0.7) {
      w.schedule(promisedFor, () -> invoicing.pay(debt.id(), null));
    }
  }

  /** Three instalments two weeks apart; dunning leaves the debt alone while the plan is current. */
  private void paymentPlan(Customer c, Invoice debt, Money due) {
    ReceivableId debtId = ReceivableId.of(debt.id().value());
    PaymentPlan proposed =
        w.collections
            .plans()
            .propose(
                PaymentPlan.builder()
                    .id(PlanId.of(w.ids.nextId()))
                    .account(c.account.id())
                    .debts(List.of(debtId))
                    .balance(due)
                    .frequency(Frequency.WEEKLY)
                    .firstDue(w.today.plusDays(3))
                    .graceDays(3)
                    .zone(c.account.timeZone())
                    .equalInstallments(3));
    PaymentPlan saved = w.collections.plans().accept(proposed.id());
    c.plan = saved.id();
    int keepUntil = w.random.nextDouble() < 0.2 ? w.random.nextInt(3) : 3;
    for (int i = 0; i < keepUntil; i++) {
      var installment = saved.installments().get(i);
      w.schedule(installment.dueOn(), () -> invoicing.pay(debt.id(), installment.amount()));
    }
  }

  /**
   * The outcome the KPI pages count: disputes and refusals are right-party contacts there, and a
   * voicemail or a delivered message counts as no answer, as before the outcomes were one type.
   */
  private static ContactOutcome metricsOutcome(ContactOutcome o) {
    return switch (o) {
      case PROMISE_TO_PAY -> ContactOutcome.PROMISE_TO_PAY;
      case RIGHT_PARTY_CONTACT, DISPUTE, REFUSAL -> ContactOutcome.RIGHT_PARTY_CONTACT;
      case WRONG_PARTY -> ContactOutcome.WRONG_PARTY;
      default -> ContactOutcome.NO_ANSWER;
    };
  }

  private void resolveDispute(Customer c, InvoiceId id) {
    Invoice inv = w.invoices.get(id);
    c.debtFacts = c.debtFacts.withDispute(DisputeStatus.VERIFIED);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    // Half of the disputes are upheld: the amount due is credited.
    if (w.random.nextDouble() < 0.5) {
      Money before = inv.amountDue();
      Invoice saved =
          w.billing
              .invoices()
              .creditNote(id, before, CreditNoteRemainder.REFUND, "dispute upheld", w.today);
      Money credit = before.minus(saved.amountDue());
      int m = w.monthIndex(w.today);
      w.credited[m] = w.credited[m].plus(credit);
      w.receivableEvent(saved.account(), ReceivableChange.CREDITED, credit);
      invoicing.settle(saved);
    }
  }

  private void writeOff(Customer c, List<Invoice> owed) {
    int m = w.monthIndex(w.today);
    for (Invoice stale : owed) {
      Invoice inv = w.invoices.get(stale.id());
      if (inv.status() != InvoiceStatus.OPEN) {
        continue;
      }
      Money due = inv.amountDue();
      Invoice saved = w.billing.invoices().markUncollectible(inv.id());
      w.writtenOff[m] = w.writtenOff[m].plus(due);
      w.receivableEvent(saved.account(), ReceivableChange.WRITTEN_OFF, due);
      invoicing.writtenOff(saved);
    }
    subscriptions.endAfterWriteOff(c);
  }
}
