package dev.revops.examples.simulation;

import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.payment.InvoiceExhaustedAction;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.RetryDecision;
import dev.revops.billing.payment.RetryPolicy;
import dev.revops.billing.payment.RetrySchedule;
import dev.revops.billing.subscription.ExhaustedAction;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.projection.ReceivableChange;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.order.Order;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Billing and payments: each day the accounts that are due are billed through billing's {@code
 * BillingCycleService} (what the generator says is due, plus any SLA credit the customer earned, is
 * drafted, finalized with the credit balance, saved and published); card customers are charged at
 * once through the {@code PaymentService}, with declines retried on the {@link RetryPolicy}, and
 * invoice customers pay around the due date, some late, a few not at all. Keeps the open invoices
 * (what dunning and the aging read) and the money counted per month. Mutable, confined to the
 * simulation's thread.
 */
final class Invoicing {
  private final World w;
  private final Subscriptions subscriptions;
  private final RetryPolicy retryPolicy =
      new RetryPolicy(
          RetrySchedule.days(RevenueSimulation.RETRY_DAYS),
          ExhaustedAction.MARK_UNPAID,
          InvoiceExhaustedAction.LEAVE_OPEN);

  /** Invoices with an amount due, in the order they were issued. */
  final Set<InvoiceId> open = new LinkedHashSet<>();

  /** The same open invoices by account, each account's in the order they were issued. */
  private final Map<AccountId, Set<InvoiceId>> openByAccount = new HashMap<>();

  private final Map<InvoiceId, OrderId> ordersByInvoice = new HashMap<>();
  long ordersFulfilled;

  private final Referrals referrals;

  Invoicing(World w, Subscriptions subscriptions, Referrals referrals) {
    this.w = w;
    this.referrals = referrals;
    this.subscriptions = subscriptions;
  }

  /** Bills the accounts due today. */
  void run() {
    Set<AccountId> dueToday = w.dueOn.remove(w.today);
    if (dueToday == null) {
      return;
    }
    // Renewal decisions are taken on the day a period starts, before it is billed.
    for (AccountId id : dueToday) {
      subscriptions.renewalDecisions(w.byAccount.get(id));
    }
    for (AccountId id : dueToday) {
      Customer c = w.byAccount.get(id);
      BillingResult due = w.billing.billingCycle().due(id, w.today, List.of());
      if (!due.lines().isEmpty()) {
        List<InvoiceLine> lines = new ArrayList<>(due.lines());
        addServiceCredit(c, lines);
        Invoice inv = issue(c, new BillingResult(id, lines, due.nextDate()), w.today, true);
        collectFirstPayment(c, inv);
      }
      due.next().ifPresent(d -> w.due(d, c));
    }
  }

  /**
   * An account of the opening book: what the previous system billed before the run is issued and
   * paid, so the generator sees those periods as billed.
   */
  void history(Customer c, LocalDate start) {
    BillingResult history =
        w.billing.billingCycle().due(c.account.id(), w.config.start().minusDays(1), List.of());
    if (!history.lines().isEmpty()) {
      Invoice inv = issue(c, history, start, false);
      w.gateway.declineNext = false;
      w.billing.payments().pay("history:" + inv.id(), inv.account(), inv.amountDue(), inv.id());
    }
    history.next().ifPresent(d -> w.due(d.isBefore(w.config.start()) ? w.config.start() : d, c));
  }

  /** A one-time order invoiced today; the order is paid and fulfilled when the invoice is paid. */
  void invoiceOrder(Customer c, Order order) {
    LocalDate today = w.today;
    InvoiceLine line =
        InvoiceLine.of(
            LineType.ONE_TIME,
            "Onboarding (order " + order.id() + ")",
            order.total(),
            DateRange.of(today, today.plusDays(1)));
    Invoice inv = issue(c, new BillingResult(c.account.id(), List.of(line), null), today, true);
    ordersByInvoice.put(inv.id(), order.id());
    collectFirstPayment(c, inv);
  }

  /** The SLA credit a customer earned comes off the next invoice, at most its total. */
  private void addServiceCredit(Customer c, List<InvoiceLine> lines) {
    if (!c.pendingCredit.isPositive()) {
      return;
    }
    Money total = Money.zero(World.USD);
    for (InvoiceLine l : lines) {
      total = total.plus(l.amount());
    }
    if (!total.isPositive()) {
      return;
    }
    Money credit = c.pendingCredit.isGreaterThan(total) ? total : c.pendingCredit;
    lines.add(
        InvoiceLine.of(
            LineType.DISCOUNT,
            "Service credit (SLA)",
            credit.negate(),
            DateRange.of(w.today, w.today.plusDays(1))));
    c.pendingCredit = c.pendingCredit.minus(credit);
  }

  private Invoice issue(Customer c, BillingResult due, LocalDate on, boolean count) {
    Invoice saved = w.cycleFor(c).issue(due, on).get(0);
    if (count) {
      int m = w.monthIndex(on);
      w.receivableEvent(saved.account(), ReceivableChange.ISSUED, saved.total());
      w.receivableEvent(saved.account(), ReceivableChange.CREDITED, saved.creditApplied());
      w.invoiced[m] = w.invoiced[m].plus(saved.total());
      w.credited[m] = w.credited[m].plus(saved.creditApplied());
      if (saved.total().isNegative()) {
        w.credited[m] = w.credited[m].plus(saved.total());
      }
      if (saved.status() == InvoiceStatus.OPEN && saved.amountDue().isPositive()) {
        open.add(saved.id());
        openByAccount.computeIfAbsent(saved.account(), a -> new LinkedHashSet<>()).add(saved.id());
      }
    }
    w.backend.paymentStatus(ReceivableId.of(saved.id().value()), saved.amountDue());
    return saved;
  }

  private void collectFirstPayment(Customer c, Invoice saved) {
    if (saved.status() != InvoiceStatus.OPEN) {
      return;
    }
    if (c.card) {
      charge(c, saved.id());
      return;
    }
    double r = w.random.nextDouble();
    if (r < 1 - c.risk * 2) {
      // Most invoice customers pay around the due date, some late.
      int delay = r < 0.75 ? -w.random.nextInt(10) : 1 + w.random.nextInt(20);
      LocalDate on = saved.dueOn().plusDays(delay);
      w.schedule(on.isAfter(w.today) ? on : w.today.plusDays(1), () -> pay(saved.id(), null));
    }
  }

  /** Charges the card on file; a decline follows the retry policy. */
  private void charge(Customer c, InvoiceId id) {
    Invoice inv = w.invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    w.gateway.declineNext = w.random.nextDouble() < c.risk;
    Payment p = w.billing.payments().pay("charge:" + id, c.account.id(), inv.amountDue(), id);
    afterCharge(c, id, p, 0);
  }

  private void retryCharge(Customer c, InvoiceId id, PaymentId payment, int attempt) {
    Invoice inv = w.invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return; // paid another way meanwhile
    }
    w.gateway.declineNext = w.random.nextDouble() < (c.risk > 0.1 ? 0.7 : 0.4);
    if (!w.stores.payments().get(payment).amount().equals(inv.amountDue())) {
      // Part was paid meanwhile (a plan instalment): charge what is due now, not the old amount.
      Payment fresh =
          w.billing
              .payments()
              .pay("charge:" + id + ":" + attempt, c.account.id(), inv.amountDue(), id);
      afterCharge(c, id, fresh, attempt);
      return;
    }
    afterCharge(c, id, w.billing.payments().retry(payment), attempt);
  }

  private void afterCharge(Customer c, InvoiceId id, Payment p, int attempt) {
    if (p.status() == PaymentStatus.CAPTURED) {
      if (attempt > 0) {
        w.recoveredByRetry[w.monthIndex(w.today)]++;
      }
      paid(c, p.captured());
      return;
    }
    w.paymentsFailed[w.monthIndex(w.today)]++;
    subscriptions.paymentFailed(c);
    if (retryPolicy.decide(p, w.clock.instant()) instanceof RetryDecision.RetryAt retry) {
      LocalDate on = LocalDate.ofInstant(retry.at(), ZoneOffset.UTC);
      w.schedule(
          on.isAfter(w.today) ? on : w.today.plusDays(1),
          () -> retryCharge(c, id, p.id(), attempt + 1));
    }
  }

  /** A payment the customer makes (a transfer, or after a collections contact). */
  void pay(InvoiceId id, Money amountOrNull) {
    Invoice inv = w.invoices.get(id);
    if (inv.status() != InvoiceStatus.OPEN || !inv.amountDue().isPositive()) {
      return;
    }
    Money amount =
        amountOrNull == null || amountOrNull.isGreaterThan(inv.amountDue())
            ? inv.amountDue()
            : amountOrNull;
    w.gateway.declineNext = false;
    Payment p = w.billing.payments().pay("pay:" + w.ids.nextId(), inv.account(), amount, id);
    paid(w.byAccount.get(inv.account()), p.captured());
  }

  private void paid(Customer c, Money captured) {
    w.receivableEvent(c.account.id(), ReceivableChange.PAID, captured);
    int m = w.monthIndex(w.today);
    w.paid[m] = w.paid[m].plus(captured);
    c.paymentsToApply = c.paymentsToApply.plus(captured);
    boolean owes = false;
    // the account's open invoices, oldest first: the ones this payment can settle
    for (InvoiceId id : new ArrayList<>(openByAccount.getOrDefault(c.account.id(), Set.of()))) {
      Invoice inv = w.invoices.get(id);
      if (open.contains(id)) {
        settle(inv);
        owes |= open.contains(id);
        if (!open.contains(id) && inv.status() == InvoiceStatus.PAID) {
          referrals.invoicePaid(c.account.id(), id.value());
        }
        OrderId order = ordersByInvoice.get(id);
        if (order != null && !open.contains(id) && inv.status() == InvoiceStatus.PAID) {
          Order o = w.orders.pay(order, inv.amountPaid());
          w.orders.fulfil(o.id(), Map.of(1, 1L));
          ordersFulfilled++;
        }
      }
    }
    if (!owes) {
      subscriptions.paymentSucceeded(c);
    }
  }

  /** Tells collections what is still due on an invoice; forgets it once nothing is. */
  void settle(Invoice saved) {
    w.backend.paymentStatus(ReceivableId.of(saved.id().value()), saved.amountDue());
    if (saved.status() != InvoiceStatus.OPEN || !saved.amountDue().isPositive()) {
      forget(saved);
    }
  }

  /** Takes a written-off invoice off the books collections works on. */
  void writtenOff(Invoice saved) {
    forget(saved);
    w.backend.paymentStatus(ReceivableId.of(saved.id().value()), Money.zero(World.USD));
  }

  /**
   * Reads the open invoices as stored now, in the order they were issued, with one batch read
   * ({@link dev.revops.core.port.Repository#findAllById}).
   */
  List<Invoice> openInvoices() {
    Map<InvoiceId, Invoice> stored = w.invoices.findAllById(open);
    List<Invoice> out = new ArrayList<>(open.size());
    for (InvoiceId id : open) {
      Invoice inv = stored.get(id);
      if (inv == null) {
        throw new IllegalStateException("open invoice " + id.value() + " is not stored");
      }
      out.add(inv);
    }
    return out;
  }

  private void forget(Invoice saved) {
    open.remove(saved.id());
    Set<InvoiceId> mine = openByAccount.get(saved.account());
    if (mine != null) {
      mine.remove(saved.id());
    }
  }
}
