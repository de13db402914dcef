package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.validation.InputValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Approval limits for settlements: who may accept how much less than the balance. Loads from JSON
 * ({@code {"limits": [{"role": "collector", "maxDiscount": "10%"}, ...]}}). Immutable and
 * thread-safe.
 *
 * @param limits one limit per role
 */
public record SettlementPolicy(@NotEmpty List<@Valid @NotNull ApprovalLimit> limits) {
  /** Copies the limits. */
  public SettlementPolicy {
    limits = limits == null ? null : Collections.unmodifiableList(new ArrayList<>(limits));
  }

  /**
   * Makes a checked policy.
   *
   * @param limits the limits
   * @return the policy
   */
  public static SettlementPolicy of(List<ApprovalLimit> limits) {
    SettlementPolicy p =
        InputValidator.create().requireValid(new SettlementPolicy(limits), "settlement policy");
    p.requireConsistent();
    return p;
  }

  /**
   * Loads a checked policy from JSON.
   *
   * @param json the document
   * @return the policy
   * @throws InvalidInputException naming every problem with its JSON path and line
   */
  public static SettlementPolicy fromJson(String json) {
    if (json == null) {
      throw InvalidInputException.of("settlement policy", "$", "no document (null)");
    }
    SettlementPolicy p = PolicyLoader.create().load(json, SettlementPolicy.class);
    p.requireConsistent();
    return p;
  }

  private void requireConsistent() {
    List<Violation> problems = new ArrayList<>();
    Set<String> roles = new HashSet<>();
    for (int i = 0; i < limits.size(); i++) {
      if (!roles.add(limits.get(i).role())) {
        problems.add(new Violation("$.limits[" + i + "].role", "duplicate role"));
      }
      if (!limits.get(i).maxDiscount().isAtMostHundred()) {
        problems.add(new Violation("$.limits[" + i + "].maxDiscount", "must be at most 100%"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("settlement policy", problems);
    }
  }

  /**
   * Reviews a settlement offer and, when the approver's limit allows it, records the settlement:
   * the offer is accepted and the rest written off.
   *
   * @param id the settlement's id
   * @param account the account
   * @param debt the debt
   * @param balance the balance owed, positive
   * @param offer the amount offered, positive and at most the balance
   * @param role the approver's role
   * @param approver the approving user
   * @param at when
   * @return approved with the settlement and its event, or refused with the reason
   */
  public SettlementDecision review(
      String id,
      AccountId account,
      ReceivableId debt,
      Money balance,
      Money offer,
      String role,
      UserId approver,
      Instant at) {
    requireNonNull(balance, "balance");
    requireNonNull(offer, "offer");
    requireNonNull(role, "role");
    if (!balance.isPositive() || !offer.isPositive() || offer.isGreaterThan(balance)) {
      throw new IllegalArgumentException(
          "settlement " + id + ": offer must be positive and at most the positive balance");
    }
    Money writeOff = balance.minus(offer);
    Percentage discount = Percentage.ratio(writeOff.minor(), balance.minor());
    ApprovalLimit limit =
        limits.stream().filter(l -> l.role().equals(role)).findFirst().orElse(null);
    List<String> mayApprove =
        limits.stream()
            .filter(l -> l.maxDiscount().compareTo(discount) >= 0)
            .map(ApprovalLimit::role)
            .toList();
    if (limit == null) {
      return SettlementDecision.refused(
          discount, "role " + role + " may not approve settlements", mayApprove);
    }
    if (limit.maxDiscount().compareTo(discount) < 0) {
      return SettlementDecision.refused(
          discount,
          "discount " + discount + " exceeds the " + role + " limit of " + limit.maxDiscount(),
          mayApprove);
    }
    Settlement s =
        new Settlement(id, account, debt, balance, offer, writeOff, role, approver, discount, at);
    return SettlementDecision.approved(s);
  }
}
