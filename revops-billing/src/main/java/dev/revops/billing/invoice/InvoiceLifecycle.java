package dev.revops.billing.invoice;

import static dev.revops.billing.invoice.InvoiceAction.DELETE;
import static dev.revops.billing.invoice.InvoiceAction.FINALIZE;
import static dev.revops.billing.invoice.InvoiceAction.MARK_UNCOLLECTIBLE;
import static dev.revops.billing.invoice.InvoiceAction.PAY;
import static dev.revops.billing.invoice.InvoiceAction.VOID;
import static dev.revops.billing.invoice.InvoiceStatus.DELETED;
import static dev.revops.billing.invoice.InvoiceStatus.DRAFT;
import static dev.revops.billing.invoice.InvoiceStatus.OPEN;
import static dev.revops.billing.invoice.InvoiceStatus.PAID;
import static dev.revops.billing.invoice.InvoiceStatus.UNCOLLECTIBLE;

import dev.revops.core.statemachine.StateMachine;

/**
 * The invoice lifecycle (Stripe): draft to open (finalize) or deleted; open to paid, void or
 * uncollectible; uncollectible to paid or void. Nothing leads back to draft. Stateless.
 */
public final class InvoiceLifecycle {
  private InvoiceLifecycle() {}

  /** The machine; immutable and shared. */
  public static final StateMachine<InvoiceStatus, InvoiceAction> MACHINE =
      StateMachine.<InvoiceStatus, InvoiceAction>builder(DRAFT)
          .permit(DRAFT, FINALIZE, OPEN)
          .permit(DRAFT, DELETE, DELETED)
          .permit(OPEN, PAY, PAID)
          .permit(OPEN, VOID, InvoiceStatus.VOID)
          .permit(OPEN, MARK_UNCOLLECTIBLE, UNCOLLECTIBLE)
          .permit(UNCOLLECTIBLE, PAY, PAID)
          .permit(UNCOLLECTIBLE, VOID, InvoiceStatus.VOID)
          .terminal(PAID)
          .terminal(InvoiceStatus.VOID)
          .terminal(DELETED)
          .build();
}
