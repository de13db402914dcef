package dev.revops.billing.payment;

import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which open invoices a payment pays: the directed invoice only when there is one, else
 * every payable invoice, oldest due date first (then oldest issue date, then id). Never applies
 * more to an invoice than it has due, nor more in all than the payment; the rest is left unapplied
 * (for the account's credit balance). Stateless and thread-safe.
 */
public final class PaymentAllocator {
  private PaymentAllocator() {}

  /**
   * One invoice's share. Immutable and thread-safe.
   *
   * @param invoice the invoice
   * @param amount the amount applied, above zero
   */
  public record Applied(InvoiceId invoice, Money amount) {}

  /**
   * The allocation. Immutable and thread-safe.
   *
   * @param applied the invoices' shares in order
   * @param unapplied what is left
   */
  public record Allocation(List<Applied> applied, Money unapplied) {
    /** Copies the list. */
    public Allocation {
      applied = List.copyOf(applied);
    }
  }

  /**
   * Allocates a payment.
   *
   * @param amount the payment, at least zero
   * @param invoices the account's invoices (any status; only payable ones take money)
   * @param directed the invoice the payment is for, or null
   * @return the allocation
   */
  public static Allocation allocate(Money amount, List<Invoice> invoices, InvoiceId directed) {
    List<Invoice> payable = new ArrayList<>();
    for (Invoice i : invoices) {
      if (i.isPayable()
          && i.currency().equals(amount.currency())
          && (directed == null || i.id().equals(directed))) {
        payable.add(i);
      }
    }
    payable.sort(
        Comparator.comparing(Invoice::dueOn)
            .thenComparing(Invoice::issuedOn)
            .thenComparing(i -> i.id().value()));
    Money left = amount;
    List<Applied> applied = new ArrayList<>();
    for (Invoice i : payable) {
      if (!left.isPositive()) {
        break;
      }
      Money take = left.min(i.amountDue());
      applied.add(new Applied(i.id(), take));
      left = left.minus(take);
    }
    return new Allocation(applied, left);
  }
}
