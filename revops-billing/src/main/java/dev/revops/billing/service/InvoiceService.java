package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.CreditNote;
import dev.revops.billing.invoice.CreditNoteId;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Bills accounts and manages their invoices. {@link #preview} (the dry run) and {@link #bill} call
 * the same generator with the same input; {@code bill} then saves one finalized invoice per
 * currency. Thread-safe if its ports are.
 */
public final class InvoiceService {
  private final InvoiceRepository invoices;
  private final SubscriptionRepository subscriptions;
  private final CreditBalanceRepository balances;
  private final Catalog catalog;
  private final InvoiceGenerator generator;
  private final TaxPolicy tax;
  private final PaymentTerms terms;
  private final IdGenerator ids;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param stores the ports; this service uses the invoices, subscriptions and credit balances
   * @param settings the catalog, generator, tax, payment terms and invoice ids
   * @param events receives the events of every committed change
   * @param clock the clock ("now" of finalizations, write-offs and credit notes)
   */
  public InvoiceService(
      BillingStores stores, InvoiceSettings settings, EventPublisher events, Clock clock) {
    requireNonNull(stores, "stores");
    requireNonNull(settings, "settings");
    this.invoices = stores.invoices();
    this.subscriptions = stores.subscriptions();
    this.balances = stores.balances();
    this.catalog = settings.catalog();
    this.generator = settings.generator();
    this.tax = settings.tax().orElse(null);
    this.terms = settings.terms();
    this.ids = settings.ids();
    this.aggregates = new Aggregates(requireNonNull(events, "events"));
    this.clock = requireNonNull(clock, "clock");
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
    return generator.generate(input(account, usage), catalog, target);
  }

  private AccountBilling input(AccountId account, List<UsageRecord> usage) {
    return new AccountBilling(
        account, subscriptions.findByAccount(account), invoices.findByAccount(account), usage);
  }

  /**
   * Bills an account up to a date: one finalized invoice per currency with new lines, the tax
   * applied and the credit balance used. Running it again for the same date creates nothing.
   *
   * @param account the account
   * @param target the date to bill up to (also the issue date)
   * @param usage the account's usage
   * @return the new invoices
   */
  public List<Invoice> bill(AccountId account, LocalDate target, List<UsageRecord> usage) {
    return Aggregates.inContext("Account", account, () -> billInContext(account, target, usage));
  }

  private List<Invoice> billInContext(
      AccountId account, LocalDate target, List<UsageRecord> usage) {
    BillingResult result = preview(account, target, usage);
    List<Invoice> created = new ArrayList<>();
    Instant at = clock.instant();
    for (Map.Entry<Currency, List<InvoiceLine>> e : result.byCurrency().entrySet()) {
      Invoice draft =
          Invoice.draft(ids.next(InvoiceId::of), account, e.getKey(), e.getValue(), terms);
      if (tax != null) {
        draft = draft.withTax(tax);
      }
      CreditBalance balance =
          balances.find(account).orElse(CreditBalance.empty(account, e.getKey()));
      if (!balance.balance().currency().equals(e.getKey())) {
        balance = CreditBalance.empty(account, e.getKey());
      }
      Invoice.Finalization f = draft.finalizeOn(target, balance, at);
      Invoice saved = aggregates.create(invoices, f.invoice()).value();
      if (!f.balance().balance().equals(balance.balance())) {
        aggregates.commit(balances, balance, Changed.unchanged(f.balance()));
      }
      created.add(saved);
    }
    return created;
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
   * Issues a credit note; a remainder credited to the balance is added to it.
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
