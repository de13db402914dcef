package dev.revops.billing.invoice;

import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/** The domain events of invoices: immutable records. Stateless holder. */
public final class InvoiceEvents {
  private InvoiceEvents() {}

  /**
   * An invoice was finalized.
   *
   * @param eventId the event's id
   * @param invoice the invoice
   * @param account the account
   * @param total the total
   * @param amountDue what is due after the credit balance was applied
   * @param dueOn the due date
   * @param occurredAt when
   */
  public record InvoiceFinalized(
      EventId eventId,
      InvoiceId invoice,
      AccountId account,
      Money total,
      Money amountDue,
      LocalDate dueOn,
      Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return invoice.value();
    }
  }

  /**
   * A payment was applied to an invoice.
   *
   * @param eventId the event's id
   * @param invoice the invoice
   * @param applied the amount applied
   * @param amountDue what is still due
   * @param occurredAt when
   */
  public record InvoicePaymentApplied(
      EventId eventId, InvoiceId invoice, Money applied, Money amountDue, Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return invoice.value();
    }
  }

  /**
   * An invoice changed status.
   *
   * @param eventId the event's id
   * @param invoice the invoice
   * @param from the old status
   * @param to the new status
   * @param occurredAt when
   */
  public record InvoiceStatusChanged(
      EventId eventId, InvoiceId invoice, InvoiceStatus from, InvoiceStatus to, Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return invoice.value();
    }
  }

  /**
   * A credit note was issued.
   *
   * @param eventId the event's id
   * @param note the credit note
   * @param occurredAt when
   */
  public record CreditNoteIssued(EventId eventId, CreditNote note, Instant occurredAt)
      implements DomainEvent {
    @Override
    public String aggregateId() {
      return note.invoice().value();
    }
  }
}
