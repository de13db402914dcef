package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentAllocator;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.IdempotencyRecord;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes payments through the gateway, idempotently. A request with a key already used returns the
 * first result and sends nothing; the same key with other parameters raises {@link
 * IdempotencyConflictException}. A captured payment is applied to the account's open invoices
 * (oldest due first, unless directed) and what is left goes to the credit balance. An unknown
 * result is resolved through {@link PaymentGateway#lookup} before any retry. Thread-safe if its
 * ports are; conflicting concurrent changes fail with the repository's concurrency exception.
 */
public final class PaymentService {
  private final PaymentRepository payments;
  private final InvoiceRepository invoices;
  private final CreditBalanceRepository balances;
  private final PaymentGateway gateway;
  private final IdempotencyStore idempotency;
  private final IdGenerator ids;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param stores the ports; this service uses the payments, invoices, credit balances, the
   *     idempotency store and the gateway
   * @param ids makes payment ids
   * @param events receives the events of every committed change
   * @param clock the clock
   */
  public PaymentService(BillingStores stores, IdGenerator ids, EventPublisher events, Clock clock) {
    requireNonNull(stores, "stores");
    this.payments = stores.payments();
    this.invoices = stores.invoices();
    this.balances = stores.balances();
    this.gateway = stores.gateway();
    this.idempotency = stores.idempotency();
    this.ids = requireNonNull(ids, "ids");
    this.aggregates = new Aggregates(requireNonNull(events, "events"));
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Creates the service from its ports one by one.
   *
   * @param payments the payments
   * @param invoices the invoices
   * @param balances the credit balances
   * @param gateway the gateway
   * @param idempotency the idempotency store
   * @param ids makes payment ids
   * @param events receives the events
   * @param clock the clock
   * @deprecated eight positional values; use {@link #PaymentService(BillingStores, IdGenerator,
   *     EventPublisher, Clock)} or {@link dev.revops.billing.Billing}. Kept only until the demo
   *     moves to it.
   */
  @Deprecated(forRemoval = true)
  public PaymentService(
      PaymentRepository payments,
      InvoiceRepository invoices,
      CreditBalanceRepository balances,
      PaymentGateway gateway,
      IdempotencyStore idempotency,
      IdGenerator ids,
      EventPublisher events,
      Clock clock) {
    this(
        new BillingStores(
            invoices,
            new InMemorySubscriptionRepository(), // never read by payments
            balances,
            payments,
            idempotency,
            gateway),
        ids,
        events,
        clock);
  }

  private Optional<Payment> replay(String key, String fingerprint) {
    Optional<IdempotencyRecord> first = idempotency.find(key);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (!first.get().fingerprint().equals(fingerprint)) {
      throw new IdempotencyConflictException(key, "first used for another request");
    }
    return Optional.of(payments.get(PaymentId.of(first.get().resultId())));
  }

  /**
   * Charges an account (a purchase) and applies the money to its open invoices.
   *
   * @param key the idempotency key
   * @param account the account
   * @param amount the amount
   * @param directed the invoice to pay, or null for oldest due first
   * @return the payment (the first one for a replayed key)
   */
  public Payment pay(String key, AccountId account, Money amount, InvoiceId directed) {
    return Aggregates.inContext(
        "Account", account, () -> payInContext(key, account, amount, directed));
  }

  private Payment payInContext(String key, AccountId account, Money amount, InvoiceId directed) {
    String fingerprint = "pay|" + account + "|" + amount + "|" + directed;
    Optional<Payment> replayed = replay(key, fingerprint);
    if (replayed.isPresent()) {
      return replayed.get();
    }
    PaymentId id = ids.next(PaymentId::of);
    Optional<IdempotencyRecord> raced =
        idempotency.putIfAbsent(new IdempotencyRecord(key, fingerprint, id.value()));
    if (raced.isPresent()) {
      return replay(key, fingerprint).orElseThrow();
    }
    Payment p =
        aggregates
            .create(payments, Changed.unchanged(Payment.create(id, account, amount, directed)))
            .value();
    return attempt(p);
  }

  private Payment attempt(Payment p) {
    GatewayRequest request =
        new GatewayRequest(
            p.id() + ":purchase:" + (p.failedAttempts() + 1),
            p.id(),
            TransactionType.PURCHASE,
            p.amount());
    GatewayResult result = gateway.execute(request);
    return save(p, p.record(request, result, clock.instant()));
  }

  private Payment save(Payment before, Changed<Payment> changed) {
    Payment saved = aggregates.commit(payments, before, changed).value();
    if (saved.status() == PaymentStatus.CAPTURED && before.captured().isZero()) {
      applyToInvoices(saved);
    }
    return saved;
  }

  /**
   * Retries a failed payment (a new attempt with its own gateway key). A payment whose last result
   * is unknown or pending is looked up instead, never charged again.
   *
   * <p>The retry charges the payment's original amount. When the invoices it was meant for were
   * partly paid in the meantime, the part that no invoice needs goes to the account's credit
   * balance (nothing is lost, but the customer is charged more than is due): to charge only what is
   * still due, give up this payment and start a new one for the remaining amount.
   *
   * @param id the payment
   * @return the payment after the attempt or the lookup
   */
  public Payment retry(PaymentId id) {
    return Aggregates.inContext("Payment", id, () -> retryInContext(id));
  }

  private Payment retryInContext(PaymentId id) {
    Payment p = payments.get(id);
    if (p.unresolved().isPresent()) {
      return resolveInContext(id);
    }
    if (p.status() != PaymentStatus.FAILED) {
      return p;
    }
    return attempt(p);
  }

  /**
   * Resolves a pending or unknown result through the gateway.
   *
   * @param id the payment
   * @return the payment, changed when the gateway now knows
   */
  public Payment resolve(PaymentId id) {
    return Aggregates.inContext("Payment", id, () -> resolveInContext(id));
  }

  private Payment resolveInContext(PaymentId id) {
    Payment p = payments.get(id);
    Optional<PaymentTransaction> open = p.unresolved();
    if (open.isEmpty()) {
      return p;
    }
    GatewayResult found = gateway.lookup(open.get().idempotencyKey());
    Changed<Payment> changed = p.resolve(found, clock.instant());
    if (!changed.hasEvents()) {
      return p;
    }
    return save(p, changed);
  }

  /**
   * Refunds part or all of a captured payment; never more than was captured less earlier refunds.
   *
   * @param key the idempotency key
   * @param id the payment
   * @param amount the amount
   * @return the payment (unchanged for a replayed key)
   */
  public Payment refund(String key, PaymentId id, Money amount) {
    return Aggregates.inContext("Payment", id, () -> refundInContext(key, id, amount));
  }

  private Payment refundInContext(String key, PaymentId id, Money amount) {
    String fingerprint = "refund|" + id + "|" + amount;
    Optional<Payment> replayed = replay(key, fingerprint);
    if (replayed.isPresent()) {
      return replayed.get();
    }
    Payment p = payments.get(id);
    p.checkCanSend(TransactionType.REFUND, amount);
    if (idempotency.putIfAbsent(new IdempotencyRecord(key, fingerprint, id.value())).isPresent()) {
      return replay(key, fingerprint).orElseThrow();
    }
    GatewayRequest request = new GatewayRequest(key, id, TransactionType.REFUND, amount);
    Changed<Payment> changed = p.record(request, gateway.execute(request), clock.instant());
    return aggregates.commit(payments, p, changed).value();
  }

  private void applyToInvoices(Payment p) {
    Instant at = clock.instant();
    PaymentAllocator.Allocation allocation =
        PaymentAllocator.allocate(p.captured(), invoices.findByAccount(p.account()), p.invoice());
    for (PaymentAllocator.Applied a : allocation.applied()) {
      aggregates.change(invoices, a.invoice(), inv -> inv.applyPayment(a.amount(), at).invoice());
    }
    if (allocation.unapplied().isPositive()) {
      CreditBalance current =
          balances
              .find(p.account())
              .orElse(CreditBalance.empty(p.account(), p.amount().currency()));
      aggregates.commit(balances, current, Changed.unchanged(current.add(allocation.unapplied())));
    }
  }
}
