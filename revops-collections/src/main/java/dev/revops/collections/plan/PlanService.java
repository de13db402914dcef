package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores payment plans and moves them: accept, pay, cancel, default past grace; and tells dunning
 * which debts a current plan pauses. Thread-safe when its ports are.
 */
public final class PlanService {
  private final Repository<PlanId, PaymentPlan> plans;
  private final EventPublisher events;

  /**
   * Creates the service.
   *
   * @param plans where plans are stored
   * @param events where their events go
   */
  public PlanService(Repository<PlanId, PaymentPlan> plans, EventPublisher events) {
    this.plans = requireNonNull(plans, "plans");
    this.events = requireNonNull(events, "events");
  }

  /**
   * Stores a proposed plan.
   *
   * @param plan the plan, never saved before
   * @return the stored plan
   */
  public PaymentPlan propose(PaymentPlan plan) {
    return plans.save(plan, PaymentPlan.NEW);
  }

  /**
   * The debtor accepts a plan.
   *
   * @param id the plan
   * @return the active plan
   */
  public PaymentPlan accept(PlanId id) {
    return change(id, PaymentPlan::accept);
  }

  /**
   * Withdraws a plan.
   *
   * @param id the plan
   * @return the cancelled plan
   */
  public PaymentPlan cancel(PlanId id) {
    return change(id, PaymentPlan::cancel);
  }

  /**
   * Records a payment on a plan.
   *
   * @param id the plan
   * @param amount the amount
   * @param at when
   * @return the plan, completed when paid off
   */
  public PaymentPlan pay(PlanId id, Money amount, Instant at) {
    return change(id, p -> p.recordPayment(amount, at));
  }

  /**
   * Defaults every active plan with an installment missed past grace, publishing {@link
   * PlanDefaulted}.
   *
   * @param now the instant
   * @return the plans that defaulted
   */
  public List<PaymentPlan> defaultOverdue(Instant now) {
    List<PaymentPlan> out = new ArrayList<>();
    for (PaymentPlan p : plans.findAll()) {
      Changed<PaymentPlan> c = p.evaluate(now);
      if (c.hasEvents()) {
        out.add(plans.save(c.value(), p.version()));
        events.publish(c.events());
      }
    }
    return out;
  }

  /**
   * Returns the debts of an account that a current plan pauses (for {@code DunningFacts}).
   *
   * @param account the account
   * @param now the instant
   * @return the paused debts
   */
  public Set<ReceivableId> pausedDebts(AccountId account, Instant now) {
    Set<ReceivableId> out = new LinkedHashSet<>();
    for (PaymentPlan p : plans.findAll()) {
      if (p.account().equals(account) && p.isCurrent(now)) {
        out.addAll(p.debts());
      }
    }
    return out;
  }

  private PaymentPlan change(PlanId id, Function<PaymentPlan, Changed<PaymentPlan>> f) {
    PaymentPlan current = plans.get(id);
    Changed<PaymentPlan> c = f.apply(current);
    PaymentPlan saved = plans.save(c.value(), current.version());
    events.publish(c.events());
    return saved;
  }
}
