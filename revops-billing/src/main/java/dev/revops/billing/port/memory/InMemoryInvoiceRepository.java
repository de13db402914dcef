package dev.revops.billing.port.memory;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;

/** Invoices in memory. Thread-safe. */
public final class InMemoryInvoiceRepository extends InMemoryRepository<InvoiceId, Invoice>
    implements InvoiceRepository {
  private final InMemoryIndex<AccountId, InvoiceId, Invoice> byAccount =
      index(i -> List.of(i.account()));

  /** Creates an empty repository. */
  public InMemoryInvoiceRepository() {
    super("Invoice");
  }

  @Override
  public List<Invoice> findByAccount(AccountId account) {
    return findBy(byAccount, account);
  }
}
