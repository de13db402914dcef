package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentAllocator;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.IdempotencyRecord;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes payments through the gateway, idempotently, so that money moves exactly once whatever fails
 * (Kill Bill's rule: record the attempt, then call out, then record the answer).
 *
 * <ol>
 *   <li><b>Record the attempt.</b> The payment with its transaction (result {@code UNKNOWN}, the
 *       gateway key set) and the idempotency key are saved in one committed unit of work before the
 *       gateway is called. A failed save stores neither, so it never burns the key; a refund saved
 *       this way reserves its amount under the payment's version, so concurrent refunds cannot
 *       spend more than was captured, and a refund whose reservation fails (a version conflict)
 *       never reaches the gateway.
 *   <li><b>Call the gateway</b> with the transaction's key. An exception here propagates and leaves
 *       the payment {@code UNKNOWN} (or the refund reserved): {@link #resolve} (a lookup by the
 *       same key), {@link #retry} and the {@link PaymentRecoveryService} settle it; resending with
 *       the same key is safe because the gateway de-duplicates on it.
 *   <li><b>Record the answer</b> in one unit of work: the transaction's result, its event and, for
 *       money captured, the allocation to the account's open invoices (oldest due first, unless
 *       directed) with the rest on the credit balance.
 * </ol>
 *
 * <p>A request with a key already used returns the payment the first request made, as it is stored
 * now, and sends nothing: while the first request's answer is not recorded (it is in flight, or was
 * lost in a crash), that payment is {@code UNKNOWN} with {@link Payment#unresolved()} present, an
 * "in progress" answer that the recovery settles; never a {@code NotFoundException}. The same key
 * with other parameters raises {@link IdempotencyConflictException}.
 *
 * <p>Call these methods outside the host's own unit of work: the attempt must commit before the
 * gateway is called. Thread-safe if its ports are; a conflicting concurrent change fails with
 * {@link ConcurrencyConflictException} before any money moves.
 */
public final class PaymentService {
  private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
  private static final int CONFLICT_RETRIES = 8;

  private final PaymentRepository payments;
  private final InvoiceRepository invoices;
  private final CreditBalanceRepository balances;
  private final PaymentGateway gateway;
  private final IdempotencyStore idempotency;
  private final IdGenerator ids;
  private final UnitOfWork work;
  private final Aggregates aggregates;
  private final Clock clock;

  /** The parameters a payment key was first used with: a replay must match them. */
  private record PayRequest(AccountId account, Money amount, InvoiceId invoice) {}

  /** The parameters a refund key was first used with: a replay must match them. */
  private record RefundRequest(PaymentId payment, Money amount) {}

  /**
   * Creates the service.
   *
   * @param stores the ports; this service uses the payments, invoices, credit balances, the
   *     idempotency store and the gateway
   * @param ids makes payment ids
   * @param context the unit of work, the outbox and the clock
   */
  public PaymentService(BillingStores stores, IdGenerator ids, BillingContext context) {
    requireNonNull(stores, "stores");
    requireNonNull(context, "context");
    this.payments = stores.payments();
    this.invoices = stores.invoices();
    this.balances = stores.balances();
    this.gateway = stores.gateway();
    this.idempotency = stores.idempotency();
    this.ids = requireNonNull(ids, "ids");
    this.work = context.work();
    this.aggregates = context.aggregates();
    this.clock = context.clock();
  }

  /**
   * Creates the service on the embedded defaults ({@link BillingContext#embedded}): its own
   * in-memory unit of work and outbox, delivered to {@code events} after each commit.
   *
   * @param stores the ports
   * @param ids makes payment ids
   * @param events receives the events of every committed change
   * @param clock the clock
   * @deprecated give the unit of work and the outbox: {@link #PaymentService(BillingStores,
   *     IdGenerator, BillingContext)}, or use {@link dev.revops.billing.Billing}
   */
  @Deprecated
  public PaymentService(BillingStores stores, IdGenerator ids, EventPublisher events, Clock clock) {
    this(stores, ids, BillingContext.embedded(events, clock));
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
   *     BillingContext)} or {@link dev.revops.billing.Billing}.
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
        BillingContext.embedded(events, clock));
  }

  private static void checkKey(String key) {
    requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("idempotency key is blank");
    }
  }

  /**
   * Charges an account (a purchase) and applies the money to its open invoices.
   *
   * @param key the idempotency key (never null or blank)
   * @param account the account
   * @param amount the amount, above zero
   * @param directed the invoice to pay, or null for oldest due first
   * @return the payment; for a replayed key the first request's payment as stored now ({@code
   *     UNKNOWN} while its answer is not recorded)
   * @throws IdempotencyConflictException when the key was first used for another request
   */
  public Payment pay(String key, AccountId account, Money amount, InvoiceId directed) {
    checkKey(key);
    requireNonNull(account, "account");
    requireNonNull(amount, "amount");
    return Aggregates.inContext(
        "Account", account, () -> payInContext(key, account, amount, directed));
  }

  private Payment payInContext(String key, AccountId account, Money amount, InvoiceId directed) {
    String fingerprint = new PayRequest(account, amount, directed).toString();
    for (int race = 0; ; race++) {
      Optional<IdempotencyRecord> first = idempotency.find(key);
      if (first.isPresent()) {
        return replayPay(first.get(), fingerprint, account, amount, directed);
      }
      Payment created = Payment.create(ids.next(PaymentId::of), account, amount, directed);
      IdempotencyRecord record = new IdempotencyRecord(key, fingerprint, created.id().value());
      Payment started;
      try {
        started =
            work.inTransaction(
                () -> idempotency.putIfAbsent(record).isPresent() ? null : startAttempt(created));
      } catch (IdempotencyConflictException lostTheRace) {
        // another request stored the key first, at commit: replay it
        started = null;
        if (race > 0) {
          throw lostTheRace;
        }
      }
      if (started != null) {
        return send(started, started.unresolved().orElseThrow());
      }
    }
  }

  private Payment replayPay(
      IdempotencyRecord first,
      String fingerprint,
      AccountId account,
      Money amount,
      InvoiceId directed) {
    if (!first.fingerprint().equals(fingerprint)) {
      throw new IdempotencyConflictException(first.key(), "first used for another request");
    }
    PaymentId id = PaymentId.of(first.resultId());
    Optional<Payment> made = payments.find(id);
    if (made.isPresent()) {
      return made.get();
    }
    // the key without its payment: only possible without a transactional unit of work, when the
    // first request died between the two saves; this request takes over under the recorded id
    try {
      Payment started =
          work.inTransaction(() -> startAttempt(Payment.create(id, account, amount, directed)));
      return send(started, started.unresolved().orElseThrow());
    } catch (ConcurrencyConflictException tookOverMeanwhile) {
      return payments.get(id);
    }
  }

  /** Saves the next purchase attempt of a payment, before it is sent; in a unit of work. */
  private Payment startAttempt(Payment p) {
    GatewayRequest request =
        new GatewayRequest(
            p.id() + ":purchase:" + (p.failedAttempts() + 1),
            p.id(),
            TransactionType.PURCHASE,
            p.amount());
    return aggregates.commit(payments, p, p.start(request, clock.instant())).value();
  }

  private static GatewayRequest requestOf(Payment p, PaymentTransaction tx) {
    return new GatewayRequest(tx.idempotencyKey(), p.id(), tx.type(), tx.amount());
  }

  /** Sends a recorded transaction and records the answer. */
  private Payment send(Payment p, PaymentTransaction tx) {
    GatewayResult result;
    try {
      result = gateway.execute(requestOf(p, tx));
    } catch (RuntimeException e) {
      LOG.warn(
          "payment {}: the gateway call failed ({}); the transaction stays open for a lookup",
          p.id(),
          e.getClass().getSimpleName());
      throw e;
    }
    return record(p.id(), tx.idempotencyKey(), result);
  }

  /**
   * Records the answer to an open transaction in one unit of work, with the money it captured
   * applied; returns the payment as stored when another caller recorded it first.
   */
  private Payment record(PaymentId id, String gatewayKey, GatewayResult result) {
    return retryingConflicts(
        () ->
            work.inTransaction(
                () -> {
                  Payment current = payments.get(id);
                  Optional<PaymentTransaction> open = current.unresolved();
                  if (open.isEmpty() || !open.get().idempotencyKey().equals(gatewayKey)) {
                    return current;
                  }
                  Changed<Payment> changed = current.resolve(result, clock.instant());
                  if (!changed.hasEvents()) {
                    return current;
                  }
                  Payment saved = aggregates.commit(payments, current, changed).value();
                  applyCapture(current, saved);
                  return saved;
                }));
  }

  private static <T> T retryingConflicts(Supplier<T> step) {
    for (int attempt = 0; ; attempt++) {
      try {
        return step.get();
      } catch (ConcurrencyConflictException e) {
        if (attempt >= CONFLICT_RETRIES) {
          throw e;
        }
      }
    }
  }

  /**
   * Retries a payment: a failed one gets a new attempt (with its own gateway key); one whose answer
   * is open (pending, unknown, or never recorded after a crash) is settled as {@link
   * #recover(PaymentId)} does, never charged twice; a {@code NEW} one gets its first attempt.
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
    requireNonNull(id, "id");
    return Aggregates.inContext("Payment", id, () -> retryInContext(id));
  }

  private Payment retryInContext(PaymentId id) {
    Payment p = payments.get(id);
    if (p.status() != PaymentStatus.FAILED) {
      return recoverInContext(id);
    }
    Payment started =
        work.inTransaction(
            () -> {
              Payment current = payments.get(id);
              return current.status() == PaymentStatus.FAILED ? startAttempt(current) : null;
            });
    return started == null
        ? recoverInContext(id)
        : send(started, started.unresolved().orElseThrow());
  }

  /**
   * Settles a payment that waits for an answer: a {@code NEW} one (nothing sent) gets its first
   * attempt; an open transaction (an attempt or a reserved refund) is looked up through the gateway
   * by its key, and when the gateway does not know it (the request never arrived, or the answer is
   * unknown) the same request is sent again with the same key, which moves no money twice. The
   * answer is recorded as {@link #pay} records it. Anything else (settled, failed) is returned
   * unchanged: this never starts a new attempt of a failed payment.
   *
   * @param id the payment
   * @return the payment, settled when the gateway now knows
   */
  public Payment recover(PaymentId id) {
    requireNonNull(id, "id");
    return Aggregates.inContext("Payment", id, () -> recoverInContext(id));
  }

  private Payment recoverInContext(PaymentId id) {
    Payment p = payments.get(id);
    Optional<PaymentTransaction> open = p.unresolved();
    if (open.isEmpty()) {
      if (p.status() != PaymentStatus.NEW) {
        return p;
      }
      Payment started =
          work.inTransaction(
              () -> {
                Payment current = payments.get(id);
                return current.status() == PaymentStatus.NEW && current.unresolved().isEmpty()
                    ? startAttempt(current)
                    : null;
              });
      return started == null ? payments.get(id) : send(started, started.unresolved().get());
    }
    PaymentTransaction tx = open.get();
    GatewayResult found = gateway.lookup(tx.idempotencyKey());
    if (found.status() == TransactionStatus.UNKNOWN) {
      found = gateway.execute(requestOf(p, tx));
    }
    return record(id, tx.idempotencyKey(), found);
  }

  /**
   * Resolves a pending or unknown result through a gateway lookup by the transaction's key (and
   * nothing else: the request is not sent again; see {@link #recover(PaymentId)}).
   *
   * @param id the payment
   * @return the payment, changed when the gateway now knows
   */
  public Payment resolve(PaymentId id) {
    requireNonNull(id, "id");
    return Aggregates.inContext("Payment", id, () -> resolveInContext(id));
  }

  private Payment resolveInContext(PaymentId id) {
    Payment p = payments.get(id);
    Optional<PaymentTransaction> open = p.unresolved();
    if (open.isEmpty()) {
      return p;
    }
    GatewayResult found = gateway.lookup(open.get().idempotencyKey());
    return record(id, open.get().idempotencyKey(), found);
  }

  /**
   * Refunds part or all of a captured payment; never more than was captured less earlier refunds
   * and refunds in flight. The refund is reserved (saved with the key, under the payment's version)
   * before the gateway is called.
   *
   * @param key the idempotency key (never null or blank)
   * @param id the payment
   * @param amount the amount, above zero
   * @return the payment; for a replayed key the payment as stored now (the refund still reserved
   *     while its answer is not recorded)
   * @throws IdempotencyConflictException when the key was first used for another request
   * @throws ConcurrencyConflictException when another change of the payment committed first; no
   *     money moved
   * @throws dev.revops.core.error.IllegalTransitionException when the payment cannot be refunded
   *     now (not captured, or another transaction is open)
   * @throws IllegalArgumentException when the amount exceeds what is refundable
   */
  public Payment refund(String key, PaymentId id, Money amount) {
    checkKey(key);
    requireNonNull(id, "id");
    requireNonNull(amount, "amount");
    return Aggregates.inContext("Payment", id, () -> refundInContext(key, id, amount));
  }

  private Payment refundInContext(String key, PaymentId id, Money amount) {
    String fingerprint = new RefundRequest(id, amount).toString();
    String gatewayKey = id + ":refund:" + key;
    for (int race = 0; ; race++) {
      Optional<IdempotencyRecord> first = idempotency.find(key);
      if (first.isPresent()) {
        if (!first.get().fingerprint().equals(fingerprint)) {
          throw new IdempotencyConflictException(key, "first used for another request");
        }
        Payment p = payments.get(id);
        if (p.transaction(gatewayKey).isPresent()) {
          return p;
        }
        // the key without its reservation: only without a transactional unit of work; take over
      }
      IdempotencyRecord record = new IdempotencyRecord(key, fingerprint, id.value());
      Payment reserved;
      try {
        reserved =
            work.inTransaction(
                () -> {
                  if (first.isEmpty() && idempotency.putIfAbsent(record).isPresent()) {
                    return null;
                  }
                  Payment p = payments.get(id);
                  GatewayRequest request =
                      new GatewayRequest(gatewayKey, id, TransactionType.REFUND, amount);
                  return aggregates.commit(payments, p, p.start(request, clock.instant())).value();
                });
      } catch (IdempotencyConflictException lostTheRace) {
        reserved = null;
        if (race > 0) {
          throw lostTheRace;
        }
      }
      if (reserved != null) {
        return send(reserved, reserved.transaction(gatewayKey).orElseThrow());
      }
    }
  }

  /**
   * The invoices a capture can be applied to: a payment directed at one invoice can only go to that
   * invoice (when it is the payment's account's), so only it is read; otherwise every invoice of
   * the account.
   */
  private List<Invoice> candidates(Payment payment) {
    if (payment.invoice() == null) {
      return invoices.findByAccount(payment.account());
    }
    return invoices
        .find(payment.invoice())
        .filter(i -> i.account().equals(payment.account()))
        .map(List::of)
        .orElse(List.of());
  }

  /** Applies what a recorded answer newly captured; in the answer's unit of work. */
  private void applyCapture(Payment before, Payment after) {
    Money captured = after.captured().minus(before.captured());
    if (!captured.isPositive()) {
      return;
    }
    Instant at = clock.instant();
    PaymentAllocator.Allocation allocation =
        PaymentAllocator.allocate(captured, candidates(after), after.invoice());
    for (PaymentAllocator.Applied a : allocation.applied()) {
      aggregates.change(invoices, a.invoice(), inv -> inv.applyPayment(a.amount(), at).invoice());
    }
    if (allocation.unapplied().isPositive()) {
      CreditBalance current =
          balances
              .find(after.account())
              .orElse(CreditBalance.empty(after.account(), captured.currency()));
      aggregates.commit(balances, current, Changed.unchanged(current.add(allocation.unapplied())));
    }
  }
}
