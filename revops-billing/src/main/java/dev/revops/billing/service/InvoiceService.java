package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.CreditNote;
import dev.revops.billing.invoice.CreditNoteId;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Bills accounts and manages their invoices. {@link #preview} (the dry run) and {@link #bill} are
 * {@link BillingCycleService#due} and {@link BillingCycleService#issue(AccountId, LocalDate,
 * List)}: the same generator with the same input, then one finalized invoice saved per currency.
 * Write-offs, voids and credit notes load, change, save and append their events to the outbox
 * through core's {@code Aggregates}, each in one unit of work. Thread-safe if its ports are.
 */
public final class InvoiceService {
  private final InvoiceRepository invoices;
  private final CreditBalanceRepository balances;
  private final BillingCycleService cycle;
  private final IdGenerator ids;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param stores the ports; this service uses the invoices, subscriptions and credit balances
   * @param settings the catalog, generator, tax, payment terms and invoice ids
   * @param context the unit of work each use case runs in, the outbox and the clock ("now" of
   *     finalizations, write-offs and credit notes)
   */
  public InvoiceService(BillingStores stores, InvoiceSettings settings, BillingContext context) {
    this(stores, settings, context, new BillingCycleService(stores, settings, context));
  }

  /** With the billing cycle the caller already has (the one {@code Billing} exposes). */
  InvoiceService(
      BillingStores stores,
      InvoiceSettings settings,
      BillingContext context,
      BillingCycleService cycle) {
    requireNonNull(stores, "stores");
    requireNonNull(settings, "settings");
    requireNonNull(context, "context");
    this.invoices = stores.invoices();
    this.balances = stores.balances();
    this.cycle = requireNonNull(cycle, "cycle");
    this.ids = settings.ids();
    this.aggregates = context.aggregates();
    this.clock = context.clock();
  }

  /**
   * Creates the service on the embedded defaults ({@link BillingContext#embedded}).
   *
   * @param stores the ports
   * @param settings the catalog, generator, tax, payment terms and invoice ids
   * @param events receives the events of every committed change
   * @param clock the clock
   * @deprecated give the unit of work and the outbox: {@link #InvoiceService(BillingStores,
   *     InvoiceSettings, BillingContext)}, or use {@link dev.revops.billing.Billing}
   */
  @Deprecated
  public InvoiceService(
      BillingStores stores, InvoiceSettings settings, EventPublisher events, Clock clock) {
    this(stores, settings, BillingContext.embedded(events, clock));
  }

  /**
   * Shows what {@link #bill} would bill, saving nothing (the dry run: the same code path).
   *
   * @param account the account
   * @param target the date to bill up to
   * @param usage the account's usage
   * @return the lines and the next date
   */
  public BillingResult preview(AccountId account, LocalDate target, List<UsageRecord> usage) {
    return cycle.due(account, target, usage);
  }

  /**
   * Bills an account up to a date: one finalized invoice per currency with new lines, the tax
   * applied and the credit balance used (through {@link BillingCycleService}). Running it again for
   * the same date creates nothing.
   *
   * @param account the account
   * @param target the date to bill up to (also the issue date)
   * @param usage the account's usage
   * @return the new invoices
   */
  public List<Invoice> bill(AccountId account, LocalDate target, List<UsageRecord> usage) {
    return cycle.issue(account, target, usage);
  }

  /**
   * Writes an invoice off.
   *
   * @param id the invoice
   * @return the uncollectible invoice
   */
  public Invoice markUncollectible(InvoiceId id) {
    return aggregates.change(invoices, id, inv -> inv.markUncollectible(clock.instant())).value();
  }

  /**
   * Voids an invoice.
   *
   * @param id the invoice
   * @return the void invoice
   */
  public Invoice voidInvoice(InvoiceId id) {
    return aggregates.change(invoices, id, inv -> inv.voidInvoice(clock.instant())).value();
  }

  /**
   * Issues a credit note; a remainder credited to the balance is added to it, in the same unit of
   * work (both or neither).
   *
   * @param id the invoice
   * @param amount the credit note's total
   * @param remainderTo where the part beyond the amount due goes
   * @param reason why
   * @param on the issue date
   * @return the invoice with the note
   */
  public Invoice creditNote(
      InvoiceId id, Money amount, CreditNoteRemainder remainderTo, String reason, LocalDate on) {
    return aggregates.inTransaction(
        () -> creditNoteInTransaction(id, amount, remainderTo, reason, on));
  }

  private Invoice creditNoteInTransaction(
      InvoiceId id, Money amount, CreditNoteRemainder remainderTo, String reason, LocalDate on) {
    Invoice saved =
        aggregates
            .change(
                invoices,
                id,
                inv ->
                    inv.issueCreditNote(
                        ids.next(CreditNoteId::of),
                        amount,
                        remainderTo,
                        reason,
                        on,
                        clock.instant()))
            .value();
    CreditNote note = saved.creditNotes().get(saved.creditNotes().size() - 1);
    if (remainderTo == CreditNoteRemainder.CREDIT_BALANCE && note.remainder().isPositive()) {
      CreditBalance b =
          balances
              .find(saved.account())
              .orElse(CreditBalance.empty(saved.account(), saved.currency()));
      aggregates.commit(balances, b, Changed.unchanged(b.add(note.remainder())));
    }
    return saved;
  }
}
