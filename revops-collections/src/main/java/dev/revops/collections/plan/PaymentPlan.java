package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.statemachine.StateMachine;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A payment plan: a balance split into installments that add up to it exactly (by {@link
 * Money#split(int)} or {@link Money#allocate(long...)}), due weekly or monthly. Payments fill the
 * installments in order; missing one by more than the grace days defaults the plan. While the plan
 * is current it pauses dunning for its debts (see {@link #isCurrent(Instant)}). Immutable and
 * thread-safe.
 *
 * @param id the plan
 * @param account the account
 * @param debts the debts it covers
 * @param balance the balance it pays off
 * @param installments the installments, in due order
 * @param graceDays days after a due date before the plan defaults
 * @param zone the debtor's zone
 * @param status the state
 * @param version the stored version
 */
public record PaymentPlan(
    PlanId id,
    AccountId account,
    List<ReceivableId> debts,
    Money balance,
    List<Installment> installments,
    int graceDays,
    ZoneId zone,
    PlanStatus status,
    long version)
    implements Aggregate<PlanId, PaymentPlan> {

  /** The plan lifecycle. */
  public static final StateMachine<PlanStatus, PlanEvent> MACHINE =
      StateMachine.<PlanStatus, PlanEvent>builder(PlanStatus.PROPOSED)
          .permit(PlanStatus.PROPOSED, PlanEvent.ACCEPT, PlanStatus.ACTIVE)
          .permit(PlanStatus.PROPOSED, PlanEvent.CANCEL, PlanStatus.CANCELLED)
          .permit(PlanStatus.ACTIVE, PlanEvent.COMPLETE, PlanStatus.COMPLETED)
          .permit(PlanStatus.ACTIVE, PlanEvent.DEFAULT, PlanStatus.DEFAULTED)
          .permit(PlanStatus.ACTIVE, PlanEvent.CANCEL, PlanStatus.CANCELLED)
          .terminal(PlanStatus.COMPLETED)
          .terminal(PlanStatus.DEFAULTED)
          .terminal(PlanStatus.CANCELLED)
          .build();

  /**
   * The event name a refused payment carries in its {@link IllegalTransitionException}: a payment
   * is not a move of the machine, but it is refused like one outside {@code ACTIVE}.
   */
  public static final String PAYMENT = "RECORD_PAYMENT";

  /** Checks that the installments add up to the balance. */
  public PaymentPlan {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    debts = List.copyOf(debts);
    requireNonNull(balance, "balance");
    installments = List.copyOf(installments);
    requireNonNull(zone, "zone");
    requireNonNull(status, "status");
    if (installments.isEmpty()) {
      throw new IllegalArgumentException("plan " + id + ": needs at least one installment");
    }
    Money sum = Money.zero(balance.currency());
    for (Installment i : installments) {
      sum = sum.plus(i.amount());
    }
    if (!sum.equals(balance)) {
      throw new IllegalArgumentException(
          "plan " + id + ": installments add up to " + sum + ", not the balance " + balance);
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("plan " + id + ": graceDays must not be negative");
    }
  }

  /**
   * Starts a proposal. Required: id, account, balance, frequency, first due date and zone; debts
   * default to none and grace to 0 days. End with {@link Builder#equalInstallments(int)} or {@link
   * Builder#weightedInstallments(long...)}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a proposed {@link PaymentPlan} whose installments add up to the balance exactly. Mutable
   * and not thread-safe; the plan's constructor checks the values.
   */
  public static final class Builder {
    private PlanId id;
    private AccountId account;
    private List<ReceivableId> debts = List.of();
    private Money balance;
    private Frequency frequency;
    private LocalDate firstDue;
    private int graceDays;
    private ZoneId zone;

    private Builder() {}

    /**
     * Sets the plan's id.
     *
     * @param value the id, never null
     * @return this builder
     */
    public Builder id(PlanId value) {
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
     * Sets the debts the plan covers (and pauses dunning for while current).
     *
     * @param value the debts, never null; none unless set
     * @return this builder
     */
    public Builder debts(List<ReceivableId> value) {
      this.debts = value;
      return this;
    }

    /**
     * Sets the balance the plan pays off.
     *
     * @param value the balance, positive
     * @return this builder
     */
    public Builder balance(Money value) {
      this.balance = value;
      return this;
    }

    /**
     * Sets how often installments fall due.
     *
     * @param value weekly or monthly, never null
     * @return this builder
     */
    public Builder frequency(Frequency value) {
      this.frequency = value;
      return this;
    }

    /**
     * Sets the first installment's due date; later ones count from it.
     *
     * @param value the date, never null
     * @return this builder
     */
    public Builder firstDue(LocalDate value) {
      this.firstDue = value;
      return this;
    }

    /**
     * Sets the days after a due date before the plan defaults.
     *
     * @param value zero or more; 0 unless set
     * @return this builder
     */
    public Builder graceDays(int value) {
      this.graceDays = value;
      return this;
    }

    /**
     * Sets the debtor's zone.
     *
     * @param value the zone, never null
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Proposes the plan in equal installments (differing by at most one minor unit, larger first).
     *
     * @param count how many installments, positive
     * @return the proposed plan
     */
    public PaymentPlan equalInstallments(int count) {
      requireNonNull(balance, "balance");
      return build(
          id, account, debts, balance, balance.split(count), frequency, firstDue, graceDays, zone);
    }

    /**
     * Proposes the plan with installments that follow weights, e.g. a larger down payment ({@code
     * 40, 20, 20, 20}).
     *
     * @param weights one non-negative weight per installment
     * @return the proposed plan
     */
    public PaymentPlan weightedInstallments(long... weights) {
      requireNonNull(balance, "balance");
      return build(
          id,
          account,
          debts,
          balance,
          balance.allocate(weights),
          frequency,
          firstDue,
          graceDays,
          zone);
    }
  }

  private static PaymentPlan build(
      PlanId id,
      AccountId account,
      List<ReceivableId> debts,
      Money balance,
      List<Money> pieces,
      Frequency frequency,
      LocalDate firstDue,
      int graceDays,
      ZoneId zone) {
    requireNonNull(frequency, "frequency");
    requireNonNull(firstDue, "firstDue");
    if (!balance.isPositive()) {
      throw new IllegalArgumentException("plan " + id + ": balance must be positive");
    }
    List<Installment> list = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      list.add(
          new Installment(
              i + 1, frequency.dueOn(firstDue, i), pieces.get(i), Money.zero(balance.currency())));
    }
    return new PaymentPlan(
        id, account, debts, balance, list, graceDays, zone, PlanStatus.PROPOSED, NEW);
  }

  /**
   * The debtor accepts the plan.
   *
   * @return the active plan
   */
  public Changed<PaymentPlan> accept() {
    return Changed.of(with(installments, MACHINE.next(status, PlanEvent.ACCEPT)));
  }

  /**
   * Withdraws the plan.
   *
   * @return the cancelled plan
   */
  public Changed<PaymentPlan> cancel() {
    return Changed.of(with(installments, MACHINE.next(status, PlanEvent.CANCEL)));
  }

  /**
   * Returns what is still owed on the plan.
   *
   * @return the unpaid remainder
   */
  public Money remaining() {
    Money r = Money.zero(balance.currency());
    for (Installment i : installments) {
      r = r.plus(i.remaining());
    }
    return r;
  }

  /**
   * Applies a payment to the installments in order; any excess beyond the plan is not applied.
   *
   * @param payment the amount, positive
   * @param at when
   * @return the plan, completed with {@link PlanCompleted} when nothing remains
   * @throws IllegalTransitionException when the plan is not active (event {@link #PAYMENT})
   */
  public Changed<PaymentPlan> recordPayment(Money payment, Instant at) {
    requireNonNull(payment, "payment");
    if (!payment.isPositive()) {
      throw new IllegalArgumentException("plan " + id + ": a payment must be positive");
    }
    if (status != PlanStatus.ACTIVE) {
      throw new IllegalTransitionException(
          status, PAYMENT, MACHINE.allowedEvents(status), "payments apply to an active plan only");
    }
    Money left = payment;
    List<Installment> next = new ArrayList<>(installments.size());
    for (Installment i : installments) {
      Money take = left.min(i.remaining());
      next.add(new Installment(i.number(), i.dueOn(), i.amount(), i.paid().plus(take)));
      left = left.minus(take);
    }
    PaymentPlan paid = with(next, status);
    if (paid.remaining().isZero()) {
      return Changed.of(
          paid.with(next, MACHINE.next(status, PlanEvent.COMPLETE)),
          new PlanCompleted(id, account, at));
    }
    return Changed.of(paid);
  }

  /**
   * Returns the first installment missed past grace.
   *
   * @param now the instant
   * @return the installment, empty when none
   */
  public Optional<Installment> missedPastGrace(Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    return installments.stream()
        .filter(i -> !i.isPaid() && today.isAfter(i.dueOn().plusDays(graceDays)))
        .findFirst();
  }

  /**
   * Returns the instant an active plan defaults unless paid: the start of the day after the
   * earliest unpaid installment's due date plus grace, in the debtor's zone. From then on {@link
   * #evaluate(Instant)} defaults it and {@link #isCurrent(Instant)} is false; a store indexes
   * active plans by it.
   *
   * @return the instant; empty when the plan is not active or every installment is paid
   */
  public Optional<Instant> defaultsAt() {
    if (status != PlanStatus.ACTIVE) {
      return Optional.empty();
    }
    LocalDate earliest = null;
    for (Installment i : installments) {
      if (!i.isPaid() && (earliest == null || i.dueOn().isBefore(earliest))) {
        earliest = i.dueOn();
      }
    }
    return earliest == null
        ? Optional.empty()
        : Optional.of(earliest.plusDays(graceDays + 1L).atStartOfDay(zone).toInstant());
  }

  /**
   * Defaults the plan when an installment was missed past grace.
   *
   * @param now the instant
   * @return the defaulted plan with a {@link PlanDefaulted} alert, or unchanged
   */
  public Changed<PaymentPlan> evaluate(Instant now) {
    if (status != PlanStatus.ACTIVE) {
      return Changed.unchanged(this);
    }
    Optional<Installment> missed = missedPastGrace(now);
    if (missed.isEmpty()) {
      return Changed.unchanged(this);
    }
    return Changed.of(
        with(installments, MACHINE.next(status, PlanEvent.DEFAULT)),
        new PlanDefaulted(id, account, missed.get().number(), remaining(), now));
  }

  /**
   * Tells whether the plan is current: active with no installment missed past grace. A current plan
   * pauses dunning for its debts.
   *
   * @param now the instant
   * @return true when current
   */
  public boolean isCurrent(Instant now) {
    return status == PlanStatus.ACTIVE && missedPastGrace(now).isEmpty();
  }

  private PaymentPlan with(List<Installment> newInstallments, PlanStatus newStatus) {
    return new PaymentPlan(
        id, account, debts, balance, newInstallments, graceDays, zone, newStatus, version);
  }

  @Override
  public PaymentPlan withVersion(long newVersion) {
    return new PaymentPlan(
        id, account, debts, balance, installments, graceDays, zone, status, newVersion);
  }
}
