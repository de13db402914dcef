package dev.revops.billing.payment;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
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

/** Refunds, allocations and idempotent replays under random request sequences. */
class PaymentProperties {
  @Provide
  Arbitrary<Currency> currencies() {
    return Arbitraries.of("JPY", "USD", "BHD").map(Currency::getInstance);
  }

  @Property(tries = 1000)
  void refundsNeverExceedWhatWasCaptured(
      @ForAll("currencies") Currency c,
      @ForAll @LongRange(min = 1, max = 1_000_000) long authorized,
      @ForAll @LongRange(min = 1, max = 1_000_000) long capture,
      @ForAll @Size(max = 15) List<@LongRange(min = 1, max = 400_000) Long> refunds,
      @ForAll @Size(max = 15) List<TransactionStatus> outcomes) {
    PaymentId id = PaymentId.of("p");
    Payment p = Payment.create(id, ACME, Money.ofMinor(authorized, c), null);
    p =
        p.record(
                new GatewayRequest(
                    "a", id, TransactionType.AUTHORIZE, Money.ofMinor(authorized, c)),
                GatewayResult.success("a"),
                AT)
            .value();
    long cap = Math.min(capture, authorized);
    p =
        p.record(
                new GatewayRequest("c", id, TransactionType.CAPTURE, Money.ofMinor(cap, c)),
                GatewayResult.success("c"),
                AT)
            .value();
    for (int i = 0; i < refunds.size(); i++) {
      Money amount = Money.ofMinor(refunds.get(i), c);
      TransactionStatus st = i < outcomes.size() ? outcomes.get(i) : TransactionStatus.SUCCESS;
      GatewayResult r =
          st == TransactionStatus.FAILURE
              ? GatewayResult.failure(Decline.soft("x"))
              : new GatewayResult(st, null, null);
      GatewayRequest req = new GatewayRequest("r" + i, id, TransactionType.REFUND, amount);
      Payment before = p;
      if (p.unresolved().isPresent()) {
        assertThatThrownBy(() -> before.checkCanSend(TransactionType.REFUND, amount))
            .isInstanceOf(IllegalTransitionException.class);
        p = p.resolve(GatewayResult.success("late"), AT).value();
      } else if (p.status() != PaymentStatus.CAPTURED || amount.isGreaterThan(p.refundable())) {
        assertThatThrownBy(() -> before.record(req, r, AT)).isInstanceOf(RuntimeException.class);
      } else {
        p = p.record(req, r, AT).value();
      }
      assertThat(p.refunded().isGreaterThan(p.captured())).isFalse();
      assertThat(p.refunded().isNegative()).isFalse();
    }
  }

  @Property(tries = 1000)
  void paymentsAppliedNeverExceedWhatIsDue(
      @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 1, max = 50_000) Long> totals,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 40) Integer> dueOffsets,
      @ForAll @LongRange(min = 1, max = 500_000) long payment,
      @ForAll @IntRange(min = -1, max = 7) int directedIndex) {
    Currency usd = Currency.getInstance("USD");
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      int net = i < dueOffsets.size() ? dueOffsets.get(i) : 0;
      Invoice d =
          Invoice.draft()
              .id(InvoiceId.of("i" + i))
              .account(ACME)
              .currency(usd)
              .lines(
                  List.of(
                      InvoiceLine.of(
                          LineType.RECURRING,
                          "x",
                          Money.ofMinor(totals.get(i), usd),
                          DateRange.ofDays(LocalDate.of(2024, 1, 1), 30))))
              .terms(PaymentTerms.net(net))
              .build();
      invoices.add(
          d.finalizeOn(LocalDate.of(2024, 1, 1), CreditBalance.empty(ACME, usd), AT)
              .invoice()
              .value());
    }
    InvoiceId directed =
        directedIndex >= 0 && directedIndex < invoices.size()
            ? invoices.get(directedIndex).id()
            : null;
    Money amount = Money.ofMinor(payment, usd);
    PaymentAllocator.Allocation a = PaymentAllocator.allocate(amount, invoices, directed);
    Money sum = Money.zero(usd);
    LocalDate lastDue = null;
    for (PaymentAllocator.Applied applied : a.applied()) {
      Invoice inv =
          invoices.stream().filter(i -> i.id().equals(applied.invoice())).findFirst().orElseThrow();
      assertThat(applied.amount().isGreaterThan(inv.amountDue())).isFalse();
      assertThat(applied.amount().isPositive()).isTrue();
      if (directed != null) {
        assertThat(applied.invoice()).isEqualTo(directed);
      }
      if (lastDue != null) {
        assertThat(inv.dueOn()).isAfterOrEqualTo(lastDue);
      }
      lastDue = inv.dueOn();
      sum = sum.plus(applied.amount());
      Invoice after = inv.applyPayment(applied.amount(), AT).invoice().value();
      assertThat(after.amountDue().isNegative()).isFalse();
    }
    assertThat(sum.plus(a.unapplied())).isEqualTo(amount);
    assertThat(a.unapplied().isNegative()).isFalse();
  }
}
