package dev.revops.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.invoice.InvoiceEvents.CreditNoteIssued;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceStatusChanged;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {
  static final Currency USD = Money.currency("USD");
  static final AccountId ACME = AccountId.of("acc-1");
  static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
  static final LocalDate MAR1 = LocalDate.of(2024, 3, 1);
  static final DateRange MARCH = DateRange.of(MAR1, LocalDate.of(2024, 4, 1));

  static Money usd(String a) {
    return Money.of(a, "USD");
  }

  static InvoiceLine line(LineType t, String amount) {
    return InvoiceLine.of(t, t.name(), usd(amount), MARCH);
  }

  static Invoice draft(String... amounts) {
    List<InvoiceLine> lines =
        java.util.Arrays.stream(amounts).map(a -> line(LineType.RECURRING, a)).toList();
    return Invoice.draft()
        .id(InvoiceId.of("in-1"))
        .account(ACME)
        .currency(USD)
        .lines(lines)
        .terms(PaymentTerms.net(30))
        .build();
  }

  static Invoice open(Invoice draft) {
    return draft.finalizeOn(MAR1, CreditBalance.empty(ACME, USD), AT).invoice().value();
  }

  @Test
  void lifecycleNeverReturnsToDraft() {
    Invoice inv = open(draft("100"));
    assertThat(inv.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(inv.dueOn()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThatThrownBy(() -> inv.finalizeOn(MAR1, CreditBalance.empty(ACME, USD), AT))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> inv.addLines(List.of(line(LineType.ONE_TIME, "1"))))
        .hasMessageContaining("after finalization");
    Invoice bad = inv.markUncollectible(AT).value();
    assertThat(bad.status()).isEqualTo(InvoiceStatus.UNCOLLECTIBLE);
    assertThat(bad.applyPayment(usd("100"), AT).invoice().value().status())
        .isEqualTo(InvoiceStatus.PAID);
    assertThat(bad.voidInvoice(AT).value().status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(InvoiceLifecycle.MACHINE.terminalStates())
        .containsExactlyInAnyOrder(InvoiceStatus.PAID, InvoiceStatus.VOID, InvoiceStatus.DELETED);
    for (InvoiceStatus s : InvoiceStatus.values()) {
      for (InvoiceAction a : InvoiceLifecycle.MACHINE.allowedEvents(s)) {
        assertThat(InvoiceLifecycle.MACHINE.next(s, a)).isNotEqualTo(InvoiceStatus.DRAFT);
      }
    }
    assertThat(draft("1").delete(AT).value().status()).isEqualTo(InvoiceStatus.DELETED);
  }

  @Test
  void partialPaymentsReduceTheAmountDueAndTheLastOnePays() {
    Invoice inv = open(draft("60", "40"));
    Invoice.PaymentApplication first = inv.applyPayment(usd("30"), AT);
    Invoice partly = first.invoice().value();
    assertThat(partly.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(partly.amountDue()).isEqualTo(usd("70"));
    Invoice.PaymentApplication second = partly.applyPayment(usd("100"), AT);
    assertThat(second.applied()).isEqualTo(usd("70"));
    assertThat(second.unapplied()).isEqualTo(usd("30"));
    assertThat(second.invoice().value().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(second.invoice().events())
        .last()
        .isInstanceOfSatisfying(
            InvoiceStatusChanged.class, e -> assertThat(e.to()).isEqualTo(InvoiceStatus.PAID));
    assertThat(second.invoice().events())
        .extracting(dev.revops.core.event.DomainEvent::aggregateId)
        .containsOnly(inv.id().value());
  }

  @Test
  void creditNoteOnAPartlyPaidInvoice() {
    // Stripe: a credit note first reduces the amount remaining; the rest is refunded or credited.
    Invoice partly = open(draft("100")).applyPayment(usd("70"), AT).invoice().value();
    assertThat(partly.amountDue()).isEqualTo(usd("30"));
    Invoice credited =
        partly
            .issueCreditNote(
                CreditNoteId.of("cn-1"),
                usd("50"),
                CreditNoteRemainder.CREDIT_BALANCE,
                "service outage",
                MAR1,
                AT)
            .value();
    CreditNote note = credited.creditNotes().get(0);
    assertThat(note.reducedDue()).isEqualTo(usd("30"));
    assertThat(note.remainder()).isEqualTo(usd("20"));
    assertThat(credited.amountDue()).isEqualTo(usd("0"));
    assertThat(credited.status()).isEqualTo(InvoiceStatus.PAID);
    // the rest of the invoice can still be credited, never more than its total
    assertThatThrownBy(
            () ->
                credited.issueCreditNote(
                    CreditNoteId.of("cn-2"),
                    usd("50.01"),
                    CreditNoteRemainder.REFUND,
                    "x",
                    MAR1,
                    AT))
        .hasMessageContaining("exceeds");
    var again =
        credited.issueCreditNote(
            CreditNoteId.of("cn-2"), usd("50"), CreditNoteRemainder.REFUND, "x", MAR1, AT);
    assertThat(again.value().creditNotesTotal()).isEqualTo(usd("100"));
    assertThat(again.events()).singleElement().isInstanceOf(CreditNoteIssued.class);
    assertThatThrownBy(
            () ->
                draft("1")
                    .issueCreditNote(
                        CreditNoteId.of("x"), usd("1"), CreditNoteRemainder.REFUND, "x", MAR1, AT))
        .hasMessageContaining("open or paid");
  }

  @Test
  void creditBalanceIsAppliedAndANegativeInvoiceAddsToIt() {
    CreditBalance balance = CreditBalance.empty(ACME, USD).add(usd("25"));
    Invoice.Finalization f = draft("100").finalizeOn(MAR1, balance, AT);
    assertThat(f.invoice().value().creditApplied()).isEqualTo(usd("25"));
    assertThat(f.invoice().value().amountDue()).isEqualTo(usd("75"));
    assertThat(f.balance().balance()).isEqualTo(usd("0"));
    Invoice credit =
        Invoice.draft()
            .id(InvoiceId.of("in-2"))
            .account(ACME)
            .currency(USD)
            .lines(List.of(line(LineType.PRORATION_CREDIT, "-40"), line(LineType.RECURRING, "10")))
            .terms(PaymentTerms.chargeAutomatically())
            .build();
    Invoice.Finalization g = credit.finalizeOn(MAR1, f.balance(), AT);
    assertThat(g.balance().balance()).isEqualTo(usd("30"));
    assertThat(g.invoice().value().status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(g.invoice().value().dueOn()).isEqualTo(MAR1);
    assertThatThrownBy(() -> CreditBalance.empty(ACME, USD).use(usd("1")))
        .hasMessageContaining("cannot use");
  }

  @Test
  void exclusiveAndInclusiveTaxWithBothRoundingRules() {
    // three lines of 0.05 at 10 %: per line 0.005 -> 0.01 each = 0.03; per invoice 0.015 -> 0.02
    Invoice d = draft("0.05", "0.05", "0.05");
    TaxPolicy vat = TaxPolicy.exclusive("VAT", Percentage.of("10"));
    Invoice perLine = d.withTax(vat);
    assertThat(perLine.total()).isEqualTo(usd("0.18"));
    assertThat(perLine.lines()).last().extracting(InvoiceLine::type).isEqualTo(LineType.TAX);
    Invoice perInvoice = d.withTax(vat.withRounding(TaxRounding.PER_INVOICE));
    assertThat(perInvoice.total()).isEqualTo(usd("0.17"));
    // inclusive 20 %: 120.00 holds 20.00 of tax, the total does not change
    Invoice incl = draft("120").withTax(TaxPolicy.inclusive("VAT", Percentage.of("20")));
    assertThat(incl.total()).isEqualTo(usd("120"));
    assertThat(incl.includedTax()).isEqualTo(usd("20"));
    // discounts reduce the taxable amount; adjustments are not taxed
    Invoice mixed =
        draft("100")
            .addLines(List.of(line(LineType.DISCOUNT, "-20"), line(LineType.ADJUSTMENT, "5")))
            .withTax(vat);
    assertThat(mixed.total()).isEqualTo(usd("93"));
    // the tax of a finalized invoice is fixed: a credit note corrects it, never a new policy
    Invoice issued = open(draft("100"));
    assertThatThrownBy(() -> issued.withTax(vat))
        .isInstanceOf(dev.revops.core.error.IllegalTransitionException.class)
        .hasMessageContaining("cannot change tax after finalization");
  }

  @Test
  void anOpenInvoiceIsACoreReceivable() {
    Invoice inv = open(draft("100")).applyPayment(usd("40"), AT).invoice().value();
    Receivable r = inv.toReceivable();
    assertThat(r.account()).isEqualTo(ACME);
    assertThat(r.total()).isEqualTo(usd("100"));
    assertThat(r.amountDue()).isEqualTo(usd("60"));
    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(r.daysPastDue(LocalDate.of(2024, 4, 10))).isEqualTo(10);
    assertThatThrownBy(() -> draft("1").toReceivable()).hasMessageContaining("finalize");
  }

  @Test
  void onlyAnOpenOrUncollectibleInvoiceWithSomethingDueExpectsMoney() {
    Invoice draft = draft("100");
    Invoice open = open(draft("100"));
    assertThat(draft.isPayable()).as("a draft").isFalse();
    assertThat(open.isPayable()).as("open").isTrue();
    assertThat(open.markUncollectible(AT).value().isPayable()).as("written off").isTrue();
    assertThat(open.voidInvoice(AT).value().isPayable()).as("void").isFalse();
    assertThat(open.applyPayment(usd("100"), AT).invoice().value().isPayable())
        .as("paid")
        .isFalse();
    assertThat(open(draft("0")).isPayable()).as("nothing due").isFalse();
  }

  @Test
  void anExclusiveTaxLineCoversTheSpanOfTheLinesItTaxes() {
    DateRange april = DateRange.of(MARCH.end(), MARCH.end().plusMonths(1));
    Invoice d =
        Invoice.draft()
            .id(InvoiceId.of("in-1"))
            .account(ACME)
            .currency(USD)
            .lines(
                List.of(
                    InvoiceLine.of(LineType.RECURRING, "march", usd("10"), MARCH),
                    InvoiceLine.of(LineType.RECURRING, "april", usd("10"), april)))
            .terms(PaymentTerms.net(30))
            .build();
    Invoice taxed = d.withTax(TaxPolicy.exclusive("VAT", Percentage.of("10")));
    assertThat(taxed.lines())
        .filteredOn(l -> l.type() == LineType.TAX)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.amount()).isEqualTo(usd("2"));
              assertThat(t.servicePeriod()).isEqualTo(DateRange.of(MARCH.start(), april.end()));
            });
  }
}
