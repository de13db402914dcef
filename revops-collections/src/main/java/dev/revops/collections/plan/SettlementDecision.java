package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Percentage;
import java.util.List;
import java.util.Optional;

/**
 * The answer to a settlement offer: approved with the settlement, or refused with the reason and
 * the roles that could approve it. Immutable.
 *
 * @param approved whether it was approved
 * @param discount the share of the balance the offer writes off
 * @param reason why, in words
 * @param rolesThatMayApprove roles whose limit covers the discount
 * @param settlement the settlement when approved, otherwise null
 */
public record SettlementDecision(
    boolean approved,
    Percentage discount,
    String reason,
    List<String> rolesThatMayApprove,
    Settlement settlement) {
  /** Checks the fields. */
  public SettlementDecision {
    requireNonNull(discount, "discount");
    requireNonNull(reason, "reason");
    rolesThatMayApprove = List.copyOf(rolesThatMayApprove);
    if (approved != (settlement != null)) {
      throw new IllegalArgumentException("an approved decision carries its settlement");
    }
  }

  static SettlementDecision approved(Settlement s) {
    return new SettlementDecision(
        true, s.discount(), "within the " + s.approverRole() + " limit", List.of(), s);
  }

  static SettlementDecision refused(Percentage discount, String reason, List<String> roles) {
    return new SettlementDecision(false, discount, reason, roles, null);
  }

  /**
   * Returns the settlement.
   *
   * @return the settlement, empty when refused
   */
  public Optional<Settlement> settlementIfApproved() {
    return Optional.ofNullable(settlement);
  }
}
