package dev.revops.collections.promise;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.statemachine.StateMachine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A debtor's promise to pay an amount by a date. It is kept when payments made by the date plus
 * grace reach the amount less the tolerance; when the deadline passes it is partially kept if
 * something was paid and broken otherwise. Payments after the deadline do not count towards the
 * promise (they still reduce the debt). Immutable and thread-safe.
 *
 * @param id the promise
 * @param account the account
 * @param debt the debt promised against
 * @param amount the promised amount, positive
 * @param promisedFor the promised date (debtor's local date)
 * @param graceDays days after the date still accepted
 * @param tolerance how much short of the amount still counts as kept, zero or more and below the
 *     amount
 * @param paid what was paid towards it by the deadline
 * @param status the state
 * @param zone the debtor's zone: the deadline ends at midnight there
 * @param madeAt when it was made
 * @param version the stored version
 */
public record PromiseToPay(
    PromiseId id,
    AccountId account,
    ReceivableId debt,
    Money amount,
    LocalDate promisedFor,
    int graceDays,
    Money tolerance,
    Money paid,
    PromiseStatus status,
    ZoneId zone,
    Instant madeAt,
    long version)
    implements Aggregate<PromiseId, PromiseToPay> {

  /** The promise lifecycle. */
  public static final StateMachine<PromiseStatus, PromiseEvent> MACHINE =
      StateMachine.<PromiseStatus, PromiseEvent>builder(PromiseStatus.PROMISED)
          .permit(PromiseStatus.PROMISED, PromiseEvent.FULFIL, PromiseStatus.KEPT)
          .permit(
              PromiseStatus.PROMISED, PromiseEvent.EXPIRE_PARTLY_PAID, PromiseStatus.PARTIALLY_KEPT)
          .permit(PromiseStatus.PROMISED, PromiseEvent.EXPIRE_UNPAID, PromiseStatus.BROKEN)
          .permit(PromiseStatus.PROMISED, PromiseEvent.CANCEL, PromiseStatus.CANCELLED)
          .terminal(PromiseStatus.KEPT)
          .terminal(PromiseStatus.PARTIALLY_KEPT)
          .terminal(PromiseStatus.BROKEN)
          .terminal(PromiseStatus.CANCELLED)
          .build();

  /** Checks the invariants. */
  public PromiseToPay {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(debt, "debt");
    requireNonNull(amount, "amount");
    requireNonNull(promisedFor, "promisedFor");
    requireNonNull(tolerance, "tolerance");
    requireNonNull(paid, "paid");
    requireNonNull(status, "status");
    requireNonNull(zone, "zone");
    requireNonNull(madeAt, "madeAt");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("promise " + id + ": amount must be positive");
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("promise " + id + ": graceDays must not be negative");
    }
    if (tolerance.isNegative()
        || !tolerance.isSameCurrency(amount)
        || !paid.isSameCurrency(amount)) {
      throw new IllegalArgumentException(
          "promise "
              + id
              + ": tolerance and paid must be non-negative amounts in "
              + amount.currency());
    }
  }

  /**
   * Starts a new promise. Required: id, account, debt, amount, promised date, zone and when it was
   * made; grace defaults to 0 days and tolerance to zero.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a new, open {@link PromiseToPay} (nothing paid, never saved). Mutable and not
   * thread-safe; the promise's constructor checks the values.
   */
  public static final class Builder {
    private PromiseId id;
    private AccountId account;
    private ReceivableId debt;
    private Money amount;
    private LocalDate promisedFor;
    private int graceDays;
    private Money tolerance;
    private ZoneId zone;
    private Instant madeAt;

    private Builder() {}

    /**
     * Sets the promise's id.
     *
     * @param value the id, never null
     * @return this builder
     */
    public Builder id(PromiseId value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the account.
     *
     * @param value the account, never null
     * @return this builder
     */
    public Builder account(AccountId value) {
      this.account = value;
      return this;
    }

    /**
     * Sets the debt promised against.
     *
     * @param value the debt, never null
     * @return this builder
     */
    public Builder debt(ReceivableId value) {
      this.debt = value;
      return this;
    }

    /**
     * Sets the promised amount.
     *
     * @param value the amount, positive
     * @return this builder
     */
    public Builder amount(Money value) {
      this.amount = value;
      return this;
    }

    /**
     * Sets the promised date.
     *
     * @param value the debtor's local date, never null
     * @return this builder
     */
    public Builder promisedFor(LocalDate value) {
      this.promisedFor = value;
      return this;
    }

    /**
     * Sets the days after the date still accepted.
     *
     * @param value zero or more; 0 unless set
     * @return this builder
     */
    public Builder graceDays(int value) {
      this.graceDays = value;
      return this;
    }

    /**
     * Sets how much short of the amount still counts as kept.
     *
     * @param value zero or more, below the amount, in its currency; zero unless set
     * @return this builder
     */
    public Builder tolerance(Money value) {
      this.tolerance = value;
      return this;
    }

    /**
     * Sets the debtor's zone, where the deadline ends at midnight.
     *
     * @param value the zone, never null
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Sets when the promise was made.
     *
     * @param value the instant, never null
     * @return this builder
     */
    public Builder madeAt(Instant value) {
      this.madeAt = value;
      return this;
    }

    /**
     * Builds the open promise.
     *
     * @return the promise, status {@code PROMISED}, version {@link #NEW}
     * @throws NullPointerException naming the first required field not set
     * @throws IllegalArgumentException when the values break the promise's invariants
     */
    public PromiseToPay build() {
      requireNonNull(amount, "amount");
      return new PromiseToPay(
          id,
          account,
          debt,
          amount,
          promisedFor,
          graceDays,
          tolerance == null ? Money.zero(amount.currency()) : tolerance,
          Money.zero(amount.currency()),
          PromiseStatus.PROMISED,
          zone,
          madeAt,
          NEW);
    }
  }

  /**
   * Returns the last day payments count.
   *
   * @return the promised date plus grace
   */
  public LocalDate deadline() {
    return promisedFor.plusDays(graceDays);
  }

  /**
   * Returns the instant the deadline has passed: the start of the day after {@link #deadline()} in
   * the debtor's zone. From then on {@link #evaluate(Instant)} resolves an open promise; a store
   * indexes open promises by it.
   *
   * @return the instant, never null
   */
  public Instant resolvesAt() {
    return deadline().plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * Tells whether the paid amount reaches the promise within tolerance.
   *
   * @return true when {@code paid >= amount - tolerance}
   */
  public boolean amountReached() {
    return paid.compareTo(amount.minus(tolerance)) >= 0;
  }

  /**
   * Applies a payment towards the promise.
   *
   * @param payment the amount paid, positive
   * @param at when it was paid
   * @return the promise, kept when the amount is reached; unchanged when the promise is no longer
   *     open or the payment came after the deadline
   */
  public Changed<PromiseToPay> recordPayment(Money payment, Instant at) {
    requireNonNull(payment, "payment");
    if (!payment.isPositive()) {
      throw new IllegalArgumentException("promise " + id + ": a payment must be positive");
    }
    if (status != PromiseStatus.PROMISED || at.atZone(zone).toLocalDate().isAfter(deadline())) {
      return Changed.unchanged(this);
    }
    PromiseToPay next = withPaid(paid.plus(payment), status);
    if (next.amountReached()) {
      return Changed.of(
          next.withPaid(next.paid, MACHINE.next(status, PromiseEvent.FULFIL)),
          new PromiseKept(id, account, at));
    }
    return Changed.of(next);
  }

  /**
   * Resolves the promise when its deadline has passed.
   *
   * @param now the instant
   * @return partially kept or broken with a {@link PromiseBroken} alert once the deadline has
   *     passed in the debtor's zone; unchanged otherwise
   */
  public Changed<PromiseToPay> evaluate(Instant now) {
    if (status != PromiseStatus.PROMISED || !now.atZone(zone).toLocalDate().isAfter(deadline())) {
      return Changed.unchanged(this);
    }
    boolean partly = paid.isPositive();
    PromiseStatus next =
        MACHINE.next(status, partly ? PromiseEvent.EXPIRE_PARTLY_PAID : PromiseEvent.EXPIRE_UNPAID);
    return Changed.of(
        withPaid(paid, next), new PromiseBroken(id, account, amount, paid, partly, now));
  }

  /**
   * Withdraws the promise.
   *
   * @return the cancelled promise
   */
  public Changed<PromiseToPay> cancel() {
    return Changed.of(withPaid(paid, MACHINE.next(status, PromiseEvent.CANCEL)));
  }

  private PromiseToPay withPaid(Money newPaid, PromiseStatus newStatus) {
    return with(newPaid, newStatus, version);
  }

  @Override
  public PromiseToPay withVersion(long newVersion) {
    return with(paid, status, newVersion);
  }

  /** This promise with what changes over its life replaced: the amount paid, status and version. */
  private PromiseToPay with(Money newPaid, PromiseStatus newStatus, long newVersion) {
    return new PromiseToPay(
        id,
        account,
        debt,
        amount,
        promisedFor,
        graceDays,
        tolerance,
        newPaid,
        newStatus,
        zone,
        madeAt,
        newVersion);
  }
}
