package dev.revops.collections.plan;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import java.time.Instant;

/**
 * An accepted settlement: the debtor pays less than the balance and the rest is written off. It is
 * its own record of what was agreed, by whom, when ({@link #type()} {@code "SettlementAccepted"}
 * when published). Immutable.
 *
 * @param id the settlement's id
 * @param account the account
 * @param debt the debt
 * @param balance the balance before the settlement
 * @param accepted what the debtor pays
 * @param writtenOff the rest, written off; {@code accepted + writtenOff == balance}
 * @param approverRole the approver's role
 * @param approver the approving user
 * @param discount the written-off share of the balance
 * @param occurredAt when it was approved
 */
public record Settlement(
    String id,
    AccountId account,
    ReceivableId debt,
    Money balance,
    Money accepted,
    Money writtenOff,
    String approverRole,
    UserId approver,
    Percentage discount,
    Instant occurredAt)
    implements DomainEvent {
  /** Checks that nothing is lost: accepted plus written off is the balance. */
  public Settlement {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(debt, "debt");
    requireNonNull(approverRole, "approverRole");
    requireNonNull(approver, "approver");
    requireNonNull(discount, "discount");
    requireNonNull(occurredAt, "occurredAt");
    if (!accepted.plus(writtenOff).equals(balance)) {
      throw new IllegalArgumentException(
          "settlement " + id + ": accepted + written off != balance");
    }
  }

  @Override
  public EventId eventId() {
    return EventId.of(type() + ":" + id);
  }

  @Override
  public String aggregateId() {
    return debt.value();
  }

  @Override
  public String type() {
    return "SettlementAccepted";
  }
}
