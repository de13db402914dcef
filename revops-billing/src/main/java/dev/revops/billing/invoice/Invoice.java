package dev.revops.billing.invoice;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dev.revops.billing.internal.EventIds;
import dev.revops.billing.invoice.InvoiceEvents.CreditNoteIssued;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceFinalized;
import dev.revops.billing.invoice.InvoiceEvents.InvoicePaymentApplied;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceStatusChanged;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An invoice. Its total is the sum of its lines, exactly. Once finalized it never returns to draft;
 * payments, the account's credit balance and credit notes reduce the amount due, which never goes
 * below zero. Every change returns a new invoice and the events it caused. Immutable and
 * thread-safe; {@code tax}, {@code issuedOn} and {@code dueOn} are null while that does not apply
 * (no tax, a draft).
 *
 * <p>JSON: {@code RevOpsJson} writes and reads an invoice as its components only; {@link
 * #isPayable()} and the other derived values are not written.
 *
 * @param id the id
 * @param account the account billed
 * @param currency the currency of every amount
 * @param status the status
 * @param lines the lines
 * @param terms the payment terms
 * @param tax the tax policy applied, or null
 * @param issuedOn the issue (finalization) date, null for a draft
 * @param dueOn the due date, null for a draft
 * @param creditApplied what the account's credit balance paid
 * @param amountPaid what payments paid
 * @param creditNotes the credit notes issued on it
 * @param version the stored version
 */
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Invoice(
    InvoiceId id,
    AccountId account,
    Currency currency,
    InvoiceStatus status,
    List<InvoiceLine> lines,
    PaymentTerms terms,
    TaxPolicy tax,
    LocalDate issuedOn,
    LocalDate dueOn,
    Money creditApplied,
    Money amountPaid,
    List<CreditNote> creditNotes,
    long version)
    implements Aggregate<InvoiceId, Invoice> {

  /** Checks the invariants: one currency, nothing settled beyond the total. */
  public Invoice {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(currency, "currency");
    requireNonNull(status, "status");
    requireNonNull(terms, "terms");
    requireNonNull(creditApplied, "creditApplied");
    requireNonNull(amountPaid, "amountPaid");
    lines = List.copyOf(lines);
    creditNotes = List.copyOf(creditNotes);
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine l = lines.get(i);
      if (!l.amount().currency().equals(currency)) {
        throw new IllegalArgumentException(
            "invoice " + id + ": line in " + l.amount().currency() + ", invoice in " + currency);
      }
    }
    if (creditApplied.isNegative() || amountPaid.isNegative()) {
      throw new IllegalArgumentException("invoice " + id + ": settled amounts must be >= 0");
    }
  }

  /**
   * Starts a draft. Required: id, account, currency and payment terms; the lines default to none.
   * End with {@link DraftBuilder#build()}.
   *
   * @return a new draft builder
   */
  public static DraftBuilder draft() {
    return new DraftBuilder();
  }

  /**
   * Starts a draft.
   *
   * @param id the id
   * @param account the account
   * @param currency the currency
   * @param lines the first lines
   * @param terms the payment terms
   * @return the draft
   * @deprecated five positional values; use {@link #draft()}: {@code
   *     Invoice.draft().id(id).account(account).currency(currency).lines(lines).terms(terms)
   *     .build()} gives the same draft.
   */
  @Deprecated
  public static Invoice draft(
      InvoiceId id,
      AccountId account,
      Currency currency,
      List<InvoiceLine> lines,
      PaymentTerms terms) {
    return newDraft(id, account, currency, lines, terms);
  }

  private static Invoice newDraft(
      InvoiceId id,
      AccountId account,
      Currency currency,
      List<InvoiceLine> lines,
      PaymentTerms terms) {
    Money zero = Money.zero(currency);
    return new Invoice(
        id,
        account,
        currency,
        InvoiceStatus.DRAFT,
        lines,
        terms,
        null,
        null,
        null,
        zero,
        zero,
        List.of(),
        NEW);
  }

  @Override
  public Invoice withVersion(long v) {
    return new Invoice(
        id,
        account,
        currency,
        status,
        lines,
        terms,
        tax,
        issuedOn,
        dueOn,
        creditApplied,
        amountPaid,
        creditNotes,
        v);
  }

  private Invoice with(
      InvoiceStatus s,
      List<InvoiceLine> l,
      TaxPolicy t,
      LocalDate issued,
      LocalDate due,
      Money credit,
      Money paid,
      List<CreditNote> notes) {
    return new Invoice(
        id, account, currency, s, l, terms, t, issued, due, credit, paid, notes, version);
  }

  /**
   * Returns the total: the sum of the lines.
   *
   * @return the total, possibly negative (a credit invoice)
   */
  public Money total() {
    long sum = 0;
    for (int i = 0; i < lines.size(); i++) {
      sum = Math.addExact(sum, lines.get(i).amount().minor());
    }
    return Money.ofMinor(sum, currency);
  }

  /**
   * Returns the tax included in the lines by an inclusive tax policy.
   *
   * @return the included tax; zero without tax or for an exclusive policy
   */
  public Money includedTax() {
    return tax == null ? Money.zero(currency) : tax.includedTax(lines, currency);
  }

  /**
   * Returns what credit notes took off the amount due.
   *
   * @return the sum of the notes' reductions
   */
  public Money creditNotesReducingDue() {
    Money sum = Money.zero(currency);
    for (CreditNote n : creditNotes) {
      sum = sum.plus(n.reducedDue());
    }
    return sum;
  }

  /**
   * Returns the total of the credit notes.
   *
   * @return the sum of the notes' totals
   */
  public Money creditNotesTotal() {
    Money sum = Money.zero(currency);
    for (CreditNote n : creditNotes) {
      sum = sum.plus(n.total());
    }
    return sum;
  }

  /**
   * Returns what is still due: zero for paid, void and deleted invoices and for credit invoices,
   * else the total less the credit balance applied, the payments and the credit notes' reductions.
   *
   * @return the amount due, never negative
   */
  public Money amountDue() {
    if (status == InvoiceStatus.PAID
        || status == InvoiceStatus.VOID
        || status == InvoiceStatus.DELETED) {
      return Money.zero(currency);
    }
    Money due = total().minus(creditApplied).minus(amountPaid).minus(creditNotesReducingDue());
    return due.isNegative() ? Money.zero(currency) : due;
  }

  /**
   * Tells whether the invoice still expects money (open or uncollectible with something due).
   *
   * @return true when payable
   */
  public boolean isPayable() {
    return (status == InvoiceStatus.OPEN || status == InvoiceStatus.UNCOLLECTIBLE)
        && amountDue().isPositive();
  }

  private void requireDraft(String event, String what) {
    if (status != InvoiceStatus.DRAFT) {
      throw refused(event, "cannot " + what + " after finalization");
    }
  }

  /** A lifecycle "no" for this invoice in its current state. */
  private IllegalTransitionException refused(Object event, String reason) {
    return new IllegalTransitionException(
        status,
        event,
        InvoiceLifecycle.MACHINE.allowedEvents(status),
        "invoice " + id + ": " + reason);
  }

  /**
   * Adds lines to a draft.
   *
   * @param more the lines
   * @return the draft with the lines
   * @throws IllegalTransitionException when the invoice is not a draft
   */
  public Invoice addLines(List<InvoiceLine> more) {
    requireDraft("ADD_LINES", "add lines");
    List<InvoiceLine> all = new ArrayList<>(lines);
    all.addAll(more);
    return with(status, all, tax, issuedOn, dueOn, creditApplied, amountPaid, creditNotes);
  }

  /**
   * Applies a tax policy to a draft: an exclusive tax adds its TAX line; an inclusive one is only
   * recorded (see {@link #includedTax()}). Any earlier TAX line is replaced.
   *
   * @param policy the policy
   * @return the taxed draft
   */
  public Invoice withTax(TaxPolicy policy) {
    requireDraft("CHANGE_TAX", "change tax");
    List<InvoiceLine> all = new ArrayList<>(lines.size() + 1);
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine l = lines.get(i);
      if (l.type() != LineType.TAX) {
        all.add(l);
      }
    }
    all.addAll(policy.taxLines(all, currency, span(all)));
    return with(status, all, policy, issuedOn, dueOn, creditApplied, amountPaid, creditNotes);
  }

  private static DateRange span(List<InvoiceLine> ls) {
    LocalDate start = null;
    LocalDate end = null;
    for (InvoiceLine l : ls) {
      if (start == null || l.servicePeriod().start().isBefore(start)) {
        start = l.servicePeriod().start();
      }
      if (end == null || l.servicePeriod().end().isAfter(end)) {
        end = l.servicePeriod().end();
      }
    }
    return start == null ? DateRange.ofDays(LocalDate.EPOCH, 0) : DateRange.of(start, end);
  }

  /**
   * Finalizes a draft: sets the issue and due dates, credits a negative total to the account's
   * balance, applies the balance to what is due, and marks the invoice paid when nothing is left.
   *
   * @param on the issue date
   * @param balance the account's credit balance in the invoice's currency
   * @param at when
   * @return the finalized invoice with its events, and the new balance
   */
  public Finalization finalizeOn(LocalDate on, CreditBalance balance, Instant at) {
    requireNonNull(on, "on");
    requireNonNull(balance, "balance");
    InvoiceStatus open = InvoiceLifecycle.MACHINE.next(status, InvoiceAction.FINALIZE);
    Money total = total();
    CreditBalance b = balance;
    if (total.isNegative()) {
      b = b.add(total.negate());
    }
    Money applied = b.applicableTo(total);
    b = b.use(applied);
    Invoice opened =
        with(open, lines, tax, on, terms.dueDate(on), applied, amountPaid, creditNotes);
    List<DomainEvent> events = new ArrayList<>();
    events.add(
        new InvoiceFinalized(
            EventIds.of(id, version, InvoiceFinalized.class, 0),
            id,
            account,
            total,
            opened.amountDue(),
            opened.dueOn(),
            at));
    Invoice result = opened;
    if (!opened.amountDue().isPositive()) {
      result = opened.moveTo(InvoiceAction.PAY);
      events.add(statusChanged(open, result.status(), at, 1));
    }
    return new Finalization(Changed.of(result, events), b);
  }

  private Invoice moveTo(InvoiceAction action) {
    InvoiceStatus next = InvoiceLifecycle.MACHINE.next(status, action);
    return with(next, lines, tax, issuedOn, dueOn, creditApplied, amountPaid, creditNotes);
  }

  private DomainEvent statusChanged(InvoiceStatus from, InvoiceStatus to, Instant at, int n) {
    return new InvoiceStatusChanged(
        EventIds.of(id, version, InvoiceStatusChanged.class, n), id, from, to, at);
  }

  /**
   * Applies a payment: at most the amount due is taken; the rest is returned as unapplied. The
   * invoice becomes paid when nothing is left due.
   *
   * @param amount the payment, above zero
   * @param at when
   * @return the result
   * @throws IllegalTransitionException when the invoice is not open or uncollectible
   */
  public PaymentApplication applyPayment(Money amount, Instant at) {
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("payment must be above zero, got " + amount);
    }
    if (status != InvoiceStatus.OPEN && status != InvoiceStatus.UNCOLLECTIBLE) {
      throw refused("APPLY_PAYMENT", "cannot take payment");
    }
    Money applied = amount.min(amountDue());
    Invoice paid =
        with(
            status,
            lines,
            tax,
            issuedOn,
            dueOn,
            creditApplied,
            amountPaid.plus(applied),
            creditNotes);
    List<DomainEvent> events = new ArrayList<>();
    events.add(
        new InvoicePaymentApplied(
            EventIds.of(id, version, InvoicePaymentApplied.class, 0),
            id,
            applied,
            paid.amountDue(),
            at));
    if (!paid.amountDue().isPositive()) {
      Invoice done = paid.moveTo(InvoiceAction.PAY);
      events.add(statusChanged(status, done.status(), at, 1));
      paid = done;
    }
    return new PaymentApplication(Changed.of(paid, events), applied, amount.minus(applied));
  }

  /**
   * Voids a finalized invoice.
   *
   * @param at when
   * @return the voided invoice and its event
   */
  public Changed<Invoice> voidInvoice(Instant at) {
    Invoice v = moveTo(InvoiceAction.VOID);
    return Changed.of(v, statusChanged(status, v.status(), at, 0));
  }

  /**
   * Writes the invoice off as uncollectible; it can still be paid or voided.
   *
   * @param at when
   * @return the invoice and its event
   */
  public Changed<Invoice> markUncollectible(Instant at) {
    Invoice v = moveTo(InvoiceAction.MARK_UNCOLLECTIBLE);
    return Changed.of(v, statusChanged(status, v.status(), at, 0));
  }

  /**
   * Throws a draft away.
   *
   * @param at when
   * @return the deleted draft and its event
   */
  public Changed<Invoice> delete(Instant at) {
    Invoice v = moveTo(InvoiceAction.DELETE);
    return Changed.of(v, statusChanged(status, v.status(), at, 0));
  }

  /**
   * Issues a credit note on an open, uncollectible or paid invoice. It first reduces the amount
   * due; the rest is refunded or credited to the balance, as the caller chose. All credit notes
   * together never exceed the invoice's total.
   *
   * @param noteId the credit note's id
   * @param amount the credit note's total, above zero
   * @param remainderTo where the part beyond the amount due goes
   * @param reason why
   * @param on the issue date
   * @param at when
   * @return the invoice with the note (last in {@link #creditNotes()}) and its events
   */
  public Changed<Invoice> issueCreditNote(
      CreditNoteId noteId,
      Money amount,
      CreditNoteRemainder remainderTo,
      String reason,
      LocalDate on,
      Instant at) {
    if (status != InvoiceStatus.OPEN
        && status != InvoiceStatus.PAID
        && status != InvoiceStatus.UNCOLLECTIBLE) {
      throw refused("ISSUE_CREDIT_NOTE", "credit notes need an open or paid invoice");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("credit note total must be above zero, got " + amount);
    }
    Money room = total().minus(creditNotesTotal());
    if (amount.isGreaterThan(room)) {
      throw new IllegalArgumentException(
          "credit note of "
              + amount
              + " exceeds what invoice "
              + id
              + " has left to credit ("
              + room
              + ")");
    }
    Money reduced = amount.min(amountDue());
    CreditNote note =
        new CreditNote(noteId, id, amount, reduced, amount.minus(reduced), remainderTo, reason, on);
    List<CreditNote> notes = new ArrayList<>(creditNotes);
    notes.add(note);
    Invoice next = with(status, lines, tax, issuedOn, dueOn, creditApplied, amountPaid, notes);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new CreditNoteIssued(EventIds.of(id, version, CreditNoteIssued.class, 0), note, at));
    if (status != InvoiceStatus.PAID && !next.amountDue().isPositive()) {
      Invoice done = next.moveTo(InvoiceAction.PAY);
      events.add(statusChanged(status, done.status(), at, 1));
      next = done;
    }
    return Changed.of(next, events);
  }

  /**
   * Reads a finalized invoice as a core receivable, for revops-collections.
   *
   * @return who owes what, in which currency, due when
   * @throws IllegalStateException for a draft or a credit invoice
   */
  public Receivable toReceivable() {
    if (issuedOn == null || total().isNegative()) {
      throw new IllegalStateException(
          "invoice " + id + " (" + status + ") is not a receivable: finalize it first");
    }
    return new Receivable(
        ReceivableId.of(id.value()), account, id.value(), total(), amountDue(), issuedOn, dueOn);
  }

  /**
   * Builds a draft {@link Invoice}, one named part at a time. Mutable and not thread-safe. A
   * missing required part is refused with a {@link NullPointerException} naming it; the invoice's
   * constructor checks the rest (every line in the invoice's currency).
   */
  public static final class DraftBuilder {
    private InvoiceId id;
    private AccountId account;
    private Currency currency;
    private List<InvoiceLine> lines = List.of();
    private PaymentTerms terms;

    private DraftBuilder() {}

    /**
     * Sets the invoice's id.
     *
     * @param value the id, never null
     * @return this builder
     */
    public DraftBuilder id(InvoiceId value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the account billed.
     *
     * @param value the account, never null
     * @return this builder
     */
    public DraftBuilder account(AccountId value) {
      this.account = value;
      return this;
    }

    /**
     * Sets the currency of every amount.
     *
     * @param value the currency, never null
     * @return this builder
     */
    public DraftBuilder currency(Currency value) {
      this.currency = value;
      return this;
    }

    /**
     * Sets the first lines.
     *
     * @param value the lines, in the invoice's currency, never null; none unless set
     * @return this builder
     */
    public DraftBuilder lines(List<InvoiceLine> value) {
      this.lines = value;
      return this;
    }

    /**
     * Sets the payment terms.
     *
     * @param value the terms, never null
     * @return this builder
     */
    public DraftBuilder terms(PaymentTerms value) {
      this.terms = value;
      return this;
    }

    /**
     * Makes the draft.
     *
     * @return the draft, not yet stored
     * @throws NullPointerException when a required part is missing (the message names it)
     * @throws IllegalArgumentException when a line is in another currency
     */
    public Invoice build() {
      requireNonNull(id, "id");
      requireNonNull(account, "account");
      requireNonNull(currency, "currency");
      requireNonNull(lines, "lines");
      requireNonNull(terms, "terms");
      return newDraft(id, account, currency, lines, terms);
    }
  }

  /**
   * A finalized invoice and the account's balance after it. Immutable and thread-safe.
   *
   * @param invoice the invoice and its events
   * @param balance the new credit balance
   */
  public record Finalization(Changed<Invoice> invoice, CreditBalance balance) {}

  /**
   * The result of applying a payment. Immutable and thread-safe.
   *
   * @param invoice the invoice and its events
   * @param applied the part of the payment applied
   * @param unapplied the part left over
   */
  public record PaymentApplication(Changed<Invoice> invoice, Money applied, Money unapplied) {}
}
