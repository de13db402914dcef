package dev.revops.examples.simulation;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;

/**
 * Billing's invoice and subscription stores with the per-account index a host's database would
 * have. The shipped {@code InMemoryInvoiceRepository} and {@code InMemorySubscriptionRepository}
 * answer {@code findByAccount} by scanning every record, which the billing cycle and the payment
 * allocator call for every account billed or paid; these keep core's in-memory index instead.
 * Thread-safe, as {@link InMemoryRepository} is.
 */
final class IndexedStores {
  private IndexedStores() {}

  /** Invoices, indexed by account (in the order they were first saved). */
  static final class Invoices extends InMemoryRepository<InvoiceId, Invoice>
      implements InvoiceRepository {
    private final InMemoryIndex<AccountId, InvoiceId, Invoice> byAccount =
        index(i -> List.of(i.account()));

    Invoices() {
      super("Invoice");
    }

    @Override
    public List<Invoice> findByAccount(AccountId account) {
      return findBy(byAccount, account);
    }
  }

  /** Subscriptions, indexed by account. */
  static final class Subscriptions extends InMemoryRepository<SubscriptionId, Subscription>
      implements SubscriptionRepository {
    private final InMemoryIndex<AccountId, SubscriptionId, Subscription> byAccount =
        index(s -> List.of(s.account()));

    Subscriptions() {
      super("Subscription");
    }

    @Override
    public List<Subscription> findByAccount(AccountId account) {
      return findBy(byAccount, account);
    }
  }
}
