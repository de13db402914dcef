package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.id.AccountId;
import java.util.List;

/**
 * Everything the invoice generator reads about one account. Immutable and thread-safe.
 *
 * @param account the account
 * @param subscriptions its subscriptions
 * @param invoices its existing invoices (every status; deleted drafts are ignored)
 * @param usage its recorded usage
 */
public record AccountBilling(
    AccountId account,
    List<Subscription> subscriptions,
    List<Invoice> invoices,
    List<UsageRecord> usage) {
  /** Copies the lists. */
  public AccountBilling {
    requireNonNull(account, "account");
    subscriptions = List.copyOf(subscriptions);
    invoices = List.copyOf(invoices);
    usage = usage == null ? List.of() : List.copyOf(usage);
  }
}
