package dev.revops.billing.port;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.util.List;

/** Stores invoices with optimistic versions. Implementations must be thread-safe. */
public interface InvoiceRepository extends Repository<InvoiceId, Invoice> {
  /**
   * Returns an account's invoices.
   *
   * @param account the account
   * @return a snapshot, any order
   */
  List<Invoice> findByAccount(AccountId account);
}
