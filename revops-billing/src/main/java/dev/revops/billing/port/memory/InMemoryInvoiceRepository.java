package dev.revops.billing.port.memory;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryRepository;
import java.util.List;

/** Invoices in memory. Thread-safe. */
public final class InMemoryInvoiceRepository extends InMemoryRepository<InvoiceId, Invoice>
    implements InvoiceRepository {
  /** Creates an empty repository. */
  public InMemoryInvoiceRepository() {
    super("Invoice");
  }

  @Override
  public List<Invoice> findByAccount(AccountId account) {
    return findAll().stream().filter(i -> i.account().equals(account)).toList();
  }
}
