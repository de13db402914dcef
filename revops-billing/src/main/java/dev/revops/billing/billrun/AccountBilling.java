package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.id.AccountId;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the invoice generator reads about one account. Immutable and thread-safe.
 *
 * <p>Two ways to give the invoices. Without {@code invoicesFrom} (null), they are all the account's
 * invoices and the generator recomputes every period of every subscription from its start: exact
 * whatever the invoices hold, at a cost that grows with the account's age. With it, the generator
 * trusts that the history was billed by earlier runs and recomputes only the periods its {@link
 * Watermark} leaves open; {@code invoices} must then hold at least every invoice with a line whose
 * service period ends after {@code invoicesFrom}, that is serves a day from it on (older ones may
 * be left out), and {@code invoicesFrom} must be no later than {@link Watermark#invoicesNeededFrom}
 * for these subscriptions and invoices, or the generator refuses the input. Both give the same
 * lines for a history billed by runs of this generator (see {@link Watermark} for what it trusts).
 *
 * @param account the account
 * @param subscriptions all its subscriptions
 * @param invoices its existing invoices (every status; deleted drafts are ignored): all of them, or
 *     those serving a day from {@code invoicesFrom} on
 * @param usage its recorded usage
 * @param invoicesFrom null when {@code invoices} are all the account's invoices; else the first day
 *     whose invoices are all there (the watermark path): every invoice serving that day or a later
 *     one
 */
public record AccountBilling(
    AccountId account,
    List<Subscription> subscriptions,
    List<Invoice> invoices,
    List<UsageRecord> usage,
    LocalDate invoicesFrom) {
  /** Copies the lists. */
  public AccountBilling {
    requireNonNull(account, "account");
    subscriptions = List.copyOf(subscriptions);
    invoices = List.copyOf(invoices);
    usage = usage == null ? List.of() : List.copyOf(usage);
  }

  /**
   * Everything about an account with all its invoices: the generator recomputes every period.
   *
   * @param account the account
   * @param subscriptions all its subscriptions
   * @param invoices all its existing invoices (every status; deleted drafts are ignored)
   * @param usage its recorded usage (null for none)
   */
  public AccountBilling(
      AccountId account,
      List<Subscription> subscriptions,
      List<Invoice> invoices,
      List<UsageRecord> usage) {
    this(account, subscriptions, invoices, usage, null);
  }
}
