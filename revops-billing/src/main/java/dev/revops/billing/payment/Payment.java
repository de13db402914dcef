package dev.revops.billing.payment;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.internal.EventIds;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A payment and its transactions. Refunds never exceed what was captured; captures never exceed
 * what was authorized; while a transaction's result is unknown nothing else may be sent (resolve it
 * first with {@link #resolve}). A service records each request with {@link #start} before it sends
 * it and the answer with {@link #resolve} after, so the attempt survives a crash in between.
 * Immutable and thread-safe; {@code invoice} is null when the payment is not directed at one
 * invoice.
 *
 * @param id the id
 * @param account the account
 * @param amount the amount asked for
 * @param invoice the invoice it is directed at, or null (applied oldest due first)
 * @param status the status
 * @param authorized the amount authorized
 * @param captured the amount captured
 * @param refunded the amount refunded
 * @param transactions every transaction in order
 * @param version the stored version
 */
public record Payment(
    PaymentId id,
    AccountId account,
    Money amount,
    InvoiceId invoice,
    PaymentStatus status,
    Money authorized,
    Money captured,
    Money refunded,
    List<PaymentTransaction> transactions,
    long version)
    implements Aggregate<PaymentId, Payment> {

  /** Checks the invariants. */
  public Payment {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(amount, "amount");
    requireNonNull(status, "status");
    transactions = List.copyOf(transactions);
    if (refunded.isGreaterThan(captured) || refunded.isNegative()) {
      throw new IllegalArgumentException(
          "payment " + id + ": refunded " + refunded + " exceeds captured " + captured);
    }
  }

  /**
   * A new payment.
   *
   * @param id the id
   * @param account the account
   * @param amount the amount, above zero
   * @param invoice the invoice it is directed at, or null
   * @return the payment
   */
  public static Payment create(PaymentId id, AccountId account, Money amount, InvoiceId invoice) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("payment amount must be above zero, got " + amount);
    }
    Money zero = Money.zero(amount.currency());
    return new Payment(
        id, account, amount, invoice, PaymentStatus.NEW, zero, zero, zero, List.of(), NEW);
  }

  @Override
  public Payment withVersion(long v) {
    return new Payment(
        id, account, amount, invoice, status, authorized, captured, refunded, transactions, v);
  }

  /**
   * Returns the transaction whose result is still open, if any.
   *
   * @return the pending or unknown transaction
   */
  public Optional<PaymentTransaction> unresolved() {
    return transactions.stream().filter(PaymentTransaction::unresolved).findFirst();
  }

  /**
   * Returns what can still be refunded.
   *
   * @return captured minus refunded minus what refunds in flight have reserved
   */
  public Money refundable() {
    return captured.minus(refunded).minus(reserved());
  }

  /**
   * Returns the money reserved by refunds that were saved before they were sent and whose result is
   * not known yet ({@link #start}); a reservation is released when its refund fails.
   *
   * @return the sum of the unresolved refunds, zero when there are none
   */
  public Money reserved() {
    Money sum = Money.zero(amount.currency());
    for (PaymentTransaction t : transactions) {
      if (t.type() == TransactionType.REFUND && t.unresolved()) {
        sum = sum.plus(t.amount());
      }
    }
    return sum;
  }

  /**
   * Counts the failed attempts of the first transaction (authorize or purchase).
   *
   * @return the number of failures
   */
  public int failedAttempts() {
    int n = 0;
    for (PaymentTransaction t : transactions) {
      if ((t.type() == TransactionType.PURCHASE || t.type() == TransactionType.AUTHORIZE)
          && t.result().status() == TransactionStatus.FAILURE) {
        n++;
      }
    }
    return n;
  }

  /** A lifecycle "no" for this payment in its current state. */
  private IllegalTransitionException refused(Object request, String reason) {
    return new IllegalTransitionException(
        status,
        request,
        PaymentLifecycle.MACHINE.allowedEvents(status),
        "payment " + id + ": " + reason);
  }

  /**
   * Checks a request may be sent now.
   *
   * @param type the transaction type
   * @param value the amount
   * @throws IllegalTransitionException when a result is unknown or pending, or the state forbids
   *     the request (the exception names the state, the request and the allowed events)
   * @throws IllegalArgumentException when a capture exceeds the authorization or a refund what was
   *     captured
   */
  public void checkCanSend(TransactionType type, Money value) {
    if (unresolved().isPresent()) {
      throw refused(type, "it has an unresolved transaction: look it up before sending another");
    }
    switch (type) {
      case AUTHORIZE, PURCHASE -> {
        if (status != PaymentStatus.NEW && status != PaymentStatus.FAILED) {
          throw refused(type, "cannot " + type);
        }
      }
      case CAPTURE -> {
        if (status != PaymentStatus.AUTHORIZED) {
          throw refused(type, "only an authorization can be captured");
        }
        if (value.isGreaterThan(authorized.minus(captured))) {
          throw new IllegalArgumentException(
              "payment " + id + ": capture of " + value + " exceeds the authorization");
        }
      }
      case REFUND -> {
        if (status != PaymentStatus.CAPTURED) {
          throw refused(type, "only a captured payment can be refunded");
        }
        if (value.isGreaterThan(refundable())) {
          throw new IllegalArgumentException(
              "payment "
                  + id
                  + ": refund of "
                  + value
                  + " exceeds what is refundable ("
                  + refundable()
                  + ")");
        }
      }
      case VOID -> {
        if (status != PaymentStatus.AUTHORIZED) {
          throw refused(type, "only an authorization can be voided");
        }
      }
      case CHARGEBACK -> {
        if (status != PaymentStatus.CAPTURED) {
          throw refused(type, "no chargeback before a capture");
        }
      }
    }
  }

  /**
   * Records a request before it is sent (Kill Bill's rule: record the attempt, then call out): the
   * transaction is added with an {@link TransactionStatus#UNKNOWN} result, so a crash during the
   * call leaves a payment that {@link #resolve} settles from a lookup by the same key. A first
   * attempt (authorize, purchase) moves the payment to {@link PaymentStatus#UNKNOWN}; a refund
   * reserves its amount ({@link #reserved()}), so once this value is saved under the payment's
   * version no other refund can spend it. Nothing else may be sent until the answer is recorded. No
   * event: the event comes with the answer.
   *
   * @param request what is about to be sent
   * @param at when
   * @return the payment with the open transaction, and no event
   * @throws IllegalTransitionException when the state forbids the request
   * @throws IllegalArgumentException when the amount exceeds what the request may take
   */
  public Changed<Payment> start(GatewayRequest request, Instant at) {
    requireNonNull(request, "request");
    requireNonNull(at, "at");
    if (!request.payment().equals(id)) {
      throw new IllegalArgumentException(
          "request for payment " + request.payment() + " sent to payment " + id);
    }
    checkCanSend(request.type(), request.amount());
    List<PaymentTransaction> txs = new ArrayList<>(transactions);
    txs.add(
        new PaymentTransaction(
            request.idempotencyKey(),
            request.type(),
            request.amount(),
            GatewayResult.unknown(),
            at));
    boolean first =
        request.type() == TransactionType.AUTHORIZE || request.type() == TransactionType.PURCHASE;
    PaymentStatus next = first ? PaymentLifecycle.MACHINE.next(status, PaymentAction.SEND) : status;
    return Changed.unchanged(
        new Payment(
            id, account, amount, invoice, next, authorized, captured, refunded, txs, version));
  }

  /**
   * Returns the transaction with a gateway key, if this payment has one.
   *
   * @param idempotencyKey the gateway key
   * @return the transaction
   */
  public Optional<PaymentTransaction> transaction(String idempotencyKey) {
    requireNonNull(idempotencyKey, "idempotencyKey");
    return transactions.stream().filter(t -> t.idempotencyKey().equals(idempotencyKey)).findFirst();
  }

  /**
   * Records a transaction and the gateway's answer.
   *
   * @param request what was sent
   * @param result what came back
   * @param at when
   * @return the payment and its event
   */
  public Changed<Payment> record(GatewayRequest request, GatewayResult result, Instant at) {
    checkCanSend(request.type(), request.amount());
    List<PaymentTransaction> txs = new ArrayList<>(transactions);
    PaymentTransaction tx =
        new PaymentTransaction(
            request.idempotencyKey(), request.type(), request.amount(), result, at);
    txs.add(tx);
    return apply(tx, txs, at);
  }

  /**
   * Resolves the unresolved transaction with the result a gateway lookup returned.
   *
   * @param result the looked-up result
   * @param at when
   * @return the payment and its event; unchanged when the result is still unknown or pending
   */
  public Changed<Payment> resolve(GatewayResult result, Instant at) {
    PaymentTransaction open =
        unresolved().orElseThrow(() -> refused("RESOLVE", "it has nothing to resolve"));
    if (result.status() == open.result().status()) {
      return Changed.unchanged(this);
    }
    PaymentTransaction resolved =
        new PaymentTransaction(
            open.idempotencyKey(), open.type(), open.amount(), result, open.at());
    List<PaymentTransaction> txs = new ArrayList<>();
    for (PaymentTransaction t : transactions) {
      txs.add(t == open ? resolved : t);
    }
    return apply(resolved, txs, at);
  }

  private Changed<Payment> apply(PaymentTransaction tx, List<PaymentTransaction> txs, Instant at) {
    TransactionType type = tx.type();
    Money value = tx.amount();
    GatewayResult result = tx.result();
    Money auth = authorized;
    Money cap = captured;
    Money ref = refunded;
    PaymentAction action = null;
    boolean first = type == TransactionType.AUTHORIZE || type == TransactionType.PURCHASE;
    switch (result.status()) {
      case SUCCESS -> {
        switch (type) {
          case AUTHORIZE -> {
            auth = auth.plus(value);
            action = PaymentAction.AUTHORIZE_OK;
          }
          case PURCHASE -> {
            auth = auth.plus(value);
            cap = cap.plus(value);
            action = PaymentAction.PURCHASE_OK;
          }
          case CAPTURE -> {
            cap = cap.plus(value);
            action = PaymentAction.CAPTURE_OK;
          }
          case REFUND -> {
            ref = ref.plus(value);
            action = ref.equals(cap) ? PaymentAction.REFUND_FULL : PaymentAction.REFUND_PARTIAL;
          }
          case VOID -> action = PaymentAction.VOID_OK;
          case CHARGEBACK -> action = PaymentAction.CHARGEBACK;
        }
      }
      case FAILURE -> action = first ? PaymentAction.FAIL : null;
      case PENDING -> action = first ? PaymentAction.WAIT : null;
      case UNKNOWN -> action = first ? PaymentAction.LOSE_TRACK : null;
    }
    PaymentStatus next = action == null ? status : PaymentLifecycle.MACHINE.next(status, action);
    Payment p = new Payment(id, account, amount, invoice, next, auth, cap, ref, txs, version);
    return Changed.of(
        p,
        new PaymentRecorded(
            EventIds.of(id, version, PaymentRecorded.class, 0), id, account, tx, next, at));
  }
}
