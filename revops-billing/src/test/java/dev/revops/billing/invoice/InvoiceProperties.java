package dev.revops.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Money conservation on invoices, in every currency scale. */
class InvoiceProperties {
  private static final AccountId ACC = AccountId.of("acc");
  private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("JPY", "KRW", "USD", "EUR", "BHD", "TND", "CLF")
        .map(Currency::getInstance);
  }

  /** A draft of the lines for {@code m}, due {@code netDays} after issue. */
  static Invoice draft(Currency c, List<Long> m, int netDays) {
    return Invoice.draft()
        .id(InvoiceId.of("i"))
        .account(ACC)
        .currency(c)
        .lines(lines(c, m))
        .terms(PaymentTerms.net(netDays))
        .build();
  }

  private static List<InvoiceLine> lines(Currency c, List<Long> minors) {
    LineType[] types = LineType.values();
    List<InvoiceLine> out = new ArrayList<>();
    for (int i = 0; i < minors.size(); i++) {
      LineType t = types[i % types.length];
      out.add(
          InvoiceLine.of(t, t.name(), Money.ofMinor(minors.get(i), c), DateRange.ofDays(DAY, 30)));
    }
    return out;
  }

  @Property(tries = 1000)
  void totalIsTheSumOfTheLinesLineByLineWithAnyTax(
      @ForAll("currencies") Currency c,
      @ForAll @Size(max = 30) List<@LongRange(min = -1_000_000_000, max = 1_000_000_000) Long> m,
      @ForAll @IntRange(min = 0, max = 3000) int taxBasisPoints,
      @ForAll TaxMode mode,
      @ForAll TaxRounding rounding) {
    Invoice d = draft(c, m, 14);
    TaxPolicy policy =
        new TaxPolicy(
            "T", Percentage.ofFraction(BigDecimal.valueOf(taxBasisPoints, 4)), mode, rounding);
    Invoice taxed = d.withTax(policy);
    Money sum = Money.zero(c);
    for (InvoiceLine l : taxed.lines()) {
      sum = sum.plus(l.amount());
    }
    assertThat(taxed.total()).isEqualTo(sum);
    Money untaxed = Money.zero(c);
    for (InvoiceLine l : d.lines()) {
      if (l.type() != LineType.TAX) {
        untaxed = untaxed.plus(l.amount());
      }
    }
    Money tax = policy.tax(d.lines().stream().filter(l -> l.type() != LineType.TAX).toList(), c);
    assertThat(taxed.total()).isEqualTo(mode == TaxMode.EXCLUSIVE ? untaxed.plus(tax) : untaxed);
    // per-line and per-invoice rounding differ by at most half a unit per taxable line
    Money other =
        policy
            .withRounding(
                rounding == TaxRounding.PER_LINE ? TaxRounding.PER_INVOICE : TaxRounding.PER_LINE)
            .tax(d.lines().stream().filter(l -> l.type() != LineType.TAX).toList(), c);
    assertThat(Math.abs(other.minor() - tax.minor())).isLessThanOrEqualTo(m.size());
  }

  @Property(tries = 1000)
  void paymentsAndCreditNeverExceedWhatIsDueAndTheBalanceNeverGoesNegative(
      @ForAll("currencies") Currency c,
      @ForAll @Size(min = 1, max = 10) List<@LongRange(min = -50_000, max = 200_000) Long> m,
      @ForAll @LongRange(min = 0, max = 300_000) long startingBalance,
      @ForAll @Size(max = 12) List<@LongRange(min = 1, max = 150_000) Long> payments,
      @ForAll @Size(max = 3) List<@LongRange(min = 1, max = 100_000) Long> notes) {
    Invoice d = draft(c, m, 0);
    CreditBalance balance = CreditBalance.empty(ACC, c).add(Money.ofMinor(startingBalance, c));
    Invoice.Finalization f = d.finalizeOn(DAY, balance, AT);
    Invoice inv = f.invoice().value();
    assertThat(f.balance().balance().isNegative()).isFalse();
    // credit balance in + negative total = balance out + credit applied
    Money neg = d.total().isNegative() ? d.total().negate() : Money.zero(c);
    assertThat(balance.balance().plus(neg))
        .isEqualTo(f.balance().balance().plus(inv.creditApplied()));
    Money totalApplied = Money.zero(c);
    for (long p : payments) {
      if (!inv.isPayable()) {
        break;
      }
      Money due = inv.amountDue();
      Invoice.PaymentApplication a = inv.applyPayment(Money.ofMinor(p, c), AT);
      assertThat(a.applied().isGreaterThan(due)).isFalse();
      assertThat(a.applied().plus(a.unapplied())).isEqualTo(Money.ofMinor(p, c));
      totalApplied = totalApplied.plus(a.applied());
      inv = a.invoice().value();
      assertThat(inv.amountDue().isNegative()).isFalse();
    }
    int n = 0;
    for (long amount : notes) {
      Money room = inv.total().minus(inv.creditNotesTotal());
      if (inv.status() == InvoiceStatus.DRAFT || !room.isPositive()) {
        break;
      }
      Money a = Money.ofMinor(amount, c).min(room);
      inv =
          inv.issueCreditNote(
                  CreditNoteId.of("n" + n++), a, CreditNoteRemainder.CREDIT_BALANCE, "r", DAY, AT)
              .value();
    }
    Money settled = inv.creditApplied().plus(inv.amountPaid()).plus(inv.creditNotesReducingDue());
    if (inv.total().isPositive()) {
      assertThat(settled.isGreaterThan(inv.total())).isFalse();
      assertThat(inv.creditNotesTotal().isGreaterThan(inv.total())).isFalse();
    }
    assertThat(inv.amountPaid()).isEqualTo(totalApplied);
    assertThat(inv.status() == InvoiceStatus.PAID).isEqualTo(!inv.amountDue().isPositive());
  }
}
