package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanDefaulted;
import dev.revops.collections.plan.PlanId;
import dev.revops.collections.port.PlanRepository;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.service.Aggregates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores payment plans and moves them: accept, pay, cancel, default past grace; and tells dunning
 * which debts a current plan pauses. Reads through the queries of {@link PlanRepository} (active
 * plans of an account; active plans past grace, a page at a time), never the whole table. Every
 * change and its events commit in one unit of work through core's {@link Aggregates} (the plan id
 * is in the logging context under {@code revops.paymentPlan}). Immutable; thread-safe when its
 * ports are.
 */
public final class PlanService {
  /** How many plans {@link #defaultOverdue(Instant)} reads per query. */
  static final int PAGE = 500;

  private final PlanRepository plans;
  private final Aggregates aggregates;

  /**
   * Creates the service.
   *
   * @param plans where plans are stored (never null)
   * @param aggregates the unit of work and the outbox each change commits through (never null)
   */
  public PlanService(PlanRepository plans, Aggregates aggregates) {
    this.plans = requireNonNull(plans, "plans");
    this.aggregates = requireNonNull(aggregates, "aggregates");
  }

  /**
   * Creates a service without a unit of work: each save and its publish are two steps, and a
   * publisher failure after a save loses its events.
   *
   * @param plans where plans are stored (never null)
   * @param events where their events go (never null)
   * @deprecated give a unit of work and an outbox: {@link #PlanService(PlanRepository, Aggregates)}
   */
  @Deprecated
  public PlanService(PlanRepository plans, EventPublisher events) {
    this(plans, new Aggregates(UnitOfWork.direct(), requireNonNull(events, "events")));
  }

  /**
   * Stores a proposed plan.
   *
   * @param plan the plan, never saved before (never null); proposing the same plan again (a retry)
   *     returns the stored one
   * @return the stored plan
   */
  public PaymentPlan propose(PaymentPlan plan) {
    requireNonNull(plan, "plan");
    return aggregates.inTransaction(
        () -> {
          Optional<PaymentPlan> stored = plans.find(plan.id());
          if (stored.isPresent() && stored.get().withVersion(plan.version()).equals(plan)) {
            return stored.get();
          }
          return aggregates.create(plans, Changed.unchanged(plan)).value();
        });
  }

  /**
   * Returns a plan.
   *
   * @param id the plan (never null)
   * @return the stored plan
   * @throws dev.revops.core.error.NotFoundException when there is none
   */
  public PaymentPlan get(PlanId id) {
    return plans.get(id);
  }

  /**
   * The debtor accepts a plan.
   *
   * @param id the plan (never null)
   * @return the active plan
   */
  public PaymentPlan accept(PlanId id) {
    return aggregates.change(plans, id, PaymentPlan::accept).value();
  }

  /**
   * Withdraws a plan.
   *
   * @param id the plan (never null)
   * @return the cancelled plan
   */
  public PaymentPlan cancel(PlanId id) {
    return aggregates.change(plans, id, PaymentPlan::cancel).value();
  }

  /**
   * Records a payment on a plan.
   *
   * @param id the plan (never null)
   * @param amount the amount (never null)
   * @param at when (never null)
   * @return the plan, completed when paid off
   */
  public PaymentPlan pay(PlanId id, Money amount, Instant at) {
    return aggregates.change(plans, id, p -> p.recordPayment(amount, at)).value();
  }

  /**
   * Defaults every active plan with an installment missed past grace, appending {@link
   * PlanDefaulted}; reads the plans a page at a time. Each plan and its event commit in a unit of
   * work of their own, so a retry after a failure defaults the rest. Reads committed plans: inside
   * a host's own unit of work it defaults at most one page.
   *
   * @param now the instant (never null)
   * @return the plans that defaulted, earliest default first
   */
  public List<PaymentPlan> defaultOverdue(Instant now) {
    requireNonNull(now, "now");
    List<PaymentPlan> out = new ArrayList<>();
    Set<PlanId> seen = new HashSet<>();
    while (true) {
      List<PaymentPlan> page = plans.activeDefaultingBy(now, PAGE);
      boolean progress = false;
      for (PaymentPlan p : page) {
        if (!seen.add(p.id())) {
          continue;
        }
        progress = true;
        Changed<PaymentPlan> c = aggregates.commit(plans, p, p.evaluate(now));
        if (c.hasEvents()) {
          out.add(c.value());
        }
      }
      if (page.size() < PAGE || !progress) {
        return out;
      }
    }
  }

  /**
   * Returns the debts of an account that a current plan pauses (for {@code DunningFacts}); reads
   * only that account's active plans.
   *
   * @param account the account (never null)
   * @param now the instant (never null)
   * @return the paused debts, empty when none
   */
  public Set<ReceivableId> pausedDebts(AccountId account, Instant now) {
    requireNonNull(now, "now");
    return paused(plans.activeForAccount(account), now);
  }

  /**
   * Returns, for several accounts at once, the debts a current plan pauses: what {@link
   * #pausedDebts(AccountId, Instant)} returns for each, read with one batch query ({@link
   * PlanRepository#activeForAccounts}).
   *
   * @param accounts the accounts (never null, no null element)
   * @param now the instant (never null)
   * @return every account given, in the order given, mapped to its paused debts (empty when none)
   */
  public Map<AccountId, Set<ReceivableId>> pausedDebts(
      Collection<AccountId> accounts, Instant now) {
    requireNonNull(now, "now");
    Map<AccountId, Set<ReceivableId>> out = new LinkedHashMap<>();
    plans
        .activeForAccounts(accounts)
        .forEach((account, active) -> out.put(account, paused(active, now)));
    return out;
  }

  private static Set<ReceivableId> paused(List<PaymentPlan> active, Instant now) {
    Set<ReceivableId> out = new LinkedHashSet<>();
    for (PaymentPlan p : active) {
      if (p.isCurrent(now)) {
        out.addAll(p.debts());
      }
    }
    return out;
  }
}
