package dev.revops.testkit.readme;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Repository;
import dev.revops.core.time.DateRange;
import dev.revops.testkit.conformance.RepositoryContract;
import java.time.LocalDate;
import java.util.List;

// readme:begin
/** The repository contract run against an invoice store; put your own adapter in newRepository. */
class InvoiceStoreConformanceTest extends RepositoryContract<InvoiceId, Invoice> {
  @Override
  protected Repository<InvoiceId, Invoice> newRepository() {
    return new InMemoryInvoiceRepository(); // your adapter, e.g. new JdbcInvoiceRepository(ds)
  }

  @Override
  protected Invoice newAggregate(int n) {
    return Invoice.draft()
        .id(InvoiceId.of("inv-" + n))
        .account(AccountId.of("acc-1"))
        .currency(Money.currency("USD"))
        .lines(List.of())
        .terms(PaymentTerms.net(30))
        .build();
  }

  @Override
  protected Invoice change(Invoice draft, int n) { // any real change of the stored value
    LocalDate day = LocalDate.of(2024, 1, 1).plusDays(n);
    return draft.addLines(
        List.of(
            InvoiceLine.of(
                LineType.ONE_TIME,
                "setup " + n,
                Money.of(n + ".00", "USD"),
                DateRange.of(day, day.plusDays(1)))));
  }
}
// readme:end
