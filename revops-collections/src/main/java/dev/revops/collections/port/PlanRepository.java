package dev.revops.collections.port;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.plan.PaymentPlan;
import dev.revops.collections.plan.PlanId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores payment plans with optimistic versioning and answers the queries the plan use cases need
 * (every dunning run asks which debts a plan pauses), so no business path reads every plan. A
 * database adapter keeps an index on {@code (account, status)} and on {@code (status, defaultsAt)};
 * {@code port.memory.InMemoryPlanRepository} is the embedded default. Implementations must be
 * thread-safe; a query returns a snapshot that reflects every save that completed before it
 * started.
 */
public interface PlanRepository extends Repository<PlanId, PaymentPlan> {
  /**
   * The aggregate's type name: in errors and in the logging context ({@code revops.paymentPlan}).
   */
  String TYPE_NAME = "PaymentPlan";

  /**
   * Returns the active plans of an account.
   *
   * @param account the account (never null)
   * @return the {@code ACTIVE} plans ordered by id; empty when none
   */
  List<PaymentPlan> activeForAccount(AccountId account);

  /**
   * Returns the active plans of several accounts at once, for a pass over many accounts (a daily
   * dunning run). The default asks {@link #activeForAccount} for each account; a database adapter
   * answers with one query per chunk of accounts.
   *
   * @param accounts the accounts (never null, no null element; an account given twice counts once)
   * @return every account given, in the order given, mapped to its {@code ACTIVE} plans ordered by
   *     id (an empty list when it has none)
   */
  default Map<AccountId, List<PaymentPlan>> activeForAccounts(Collection<AccountId> accounts) {
    requireNonNull(accounts, "accounts");
    Map<AccountId, List<PaymentPlan>> out = new LinkedHashMap<>();
    for (AccountId account : accounts) {
      if (!out.containsKey(requireNonNull(account, "account"))) {
        out.put(account, activeForAccount(account));
      }
    }
    return out;
  }

  /**
   * Returns active plans with an installment unpaid past grace at an instant ({@link
   * PaymentPlan#defaultsAt()} at or before it), earliest first: one page of the plans a default run
   * must default. Defaulting a plan removes it from later pages.
   *
   * @param at the instant (never null)
   * @param limit the most to return, positive
   * @return up to {@code limit} plans ordered by {@code defaultsAt}, then id
   */
  List<PaymentPlan> activeDefaultingBy(Instant at, int limit);

  @Override
  default String typeName() {
    return TYPE_NAME;
  }
}
