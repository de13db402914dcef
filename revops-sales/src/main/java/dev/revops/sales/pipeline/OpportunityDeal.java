package dev.revops.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import java.time.LocalDate;

/**
 * What an opportunity would sell: to which account, under which name, for how much, by when, who
 * owns it and the lead it came from. Immutable and thread-safe.
 *
 * @param account the account; never null
 * @param name a short name; never null
 * @param amount the expected amount, not negative; never null
 * @param closeDate the expected (or actual) close date; never null
 * @param owner the owning user; never null
 * @param lead the lead it came from, or null
 */
public record OpportunityDeal(
    AccountId account, String name, Money amount, LocalDate closeDate, UserId owner, LeadId lead) {

  /** Checks the required fields. */
  public OpportunityDeal {
    requireNonNull(account, "account");
    requireNonNull(name, "name");
    requireNonNull(amount, "amount");
    requireNonNull(closeDate, "closeDate");
    requireNonNull(owner, "owner");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("opportunity amount must not be negative");
    }
  }

  /**
   * Returns a copy with another amount and close date.
   *
   * @param newAmount the amount
   * @param newCloseDate the close date
   * @return the copy
   */
  public OpportunityDeal withAmountAndCloseDate(Money newAmount, LocalDate newCloseDate) {
    return new OpportunityDeal(account, name, newAmount, newCloseDate, owner, lead);
  }
}
