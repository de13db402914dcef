package dev.revops.billing.payment;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.subscription.ExhaustedAction;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {
  private static final PaymentId ID = PaymentId.of("p-1");

  private static GatewayRequest req(String key, TransactionType type, String amount) {
    return new GatewayRequest(key, ID, type, usd(amount));
  }

  /** A new 10 USD payment after its first transaction, of the whole amount, came back so. */
  private static Payment tenDollars(String key, TransactionType type, GatewayResult result) {
    return Payment.create(ID, ACME, usd("10"), null)
        .record(req(key, type, "10"), result, AT)
        .value();
  }

  @Test
  void authorizeCapturePartlyRefundPartlyThenFully() {
    Payment p = Payment.create(ID, ACME, usd("100"), null);
    p =
        p.record(req("a", TransactionType.AUTHORIZE, "100"), GatewayResult.success("r1"), AT)
            .value();
    assertThat(p.status()).isEqualTo(PaymentStatus.AUTHORIZED);
    Payment authorized = p;
    assertThatThrownBy(() -> authorized.checkCanSend(TransactionType.CAPTURE, usd("100.01")))
        .hasMessageContaining("exceeds the authorization");
    p = p.record(req("c", TransactionType.CAPTURE, "80"), GatewayResult.success("r2"), AT).value();
    assertThat(p.captured()).isEqualTo(usd("80"));
    p = p.record(req("r", TransactionType.REFUND, "30"), GatewayResult.success("r3"), AT).value();
    assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(p.refundable()).isEqualTo(usd("50"));
    Payment before = p;
    assertThatThrownBy(
            () ->
                before.record(
                    req("r2", TransactionType.REFUND, "50.01"), GatewayResult.success("x"), AT))
        .hasMessageContaining("exceeds what is refundable");
    // a failed refund changes no amount
    Payment failedRefund =
        p.record(
                req("r3", TransactionType.REFUND, "10"),
                GatewayResult.failure(Decline.soft("issuer_down")),
                AT)
            .value();
    assertThat(failedRefund.refunded()).isEqualTo(usd("30"));
    p = p.record(req("r4", TransactionType.REFUND, "50"), GatewayResult.success("r4"), AT).value();
    assertThat(p.status()).isEqualTo(PaymentStatus.REFUNDED);
    assertThat(PaymentLifecycle.MACHINE.isTerminal(p.status())).isTrue();
  }

  @Test
  void voidAndChargeback() {
    Payment auth = tenDollars("a", TransactionType.AUTHORIZE, GatewayResult.success("r"));
    assertThat(
            auth.record(req("v", TransactionType.VOID, "10"), GatewayResult.success("v"), AT)
                .value()
                .status())
        .isEqualTo(PaymentStatus.VOIDED);
    Payment bought = tenDollars("p", TransactionType.PURCHASE, GatewayResult.success("r"));
    assertThat(
            bought
                .record(
                    req("cb", TransactionType.CHARGEBACK, "10"), GatewayResult.success("cb"), AT)
                .value()
                .status())
        .isEqualTo(PaymentStatus.CHARGED_BACK);
  }

  @Test
  void anUnknownResultMustBeResolvedBeforeAnythingElse() {
    Payment p = tenDollars("k1", TransactionType.PURCHASE, GatewayResult.unknown());
    assertThat(p.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThatThrownBy(() -> p.checkCanSend(TransactionType.PURCHASE, usd("10")))
        .hasMessageContaining("look it up");
    RetryPolicy policy = RetryPolicy.killBillDefault();
    assertThat(policy.decide(p, AT)).isInstanceOf(RetryDecision.ResolveFirst.class);
    assertThat(p.resolve(GatewayResult.unknown(), AT).hasEvents()).isFalse();
    Payment resolved = p.resolve(GatewayResult.success("late"), AT).value();
    assertThat(resolved.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(resolved.unresolved()).isEmpty();
    assertThat(resolved.transactions()).hasSize(1);
  }

  @Test
  void retrySchedulesAndHardDeclines() {
    RetrySchedule stripe = RetrySchedule.spread(8, Duration.ofDays(14));
    assertThat(stripe.retries()).isEqualTo(7);
    assertThat(stripe.delays()).allMatch(d -> d.equals(Duration.ofHours(48)));
    assertThat(RetrySchedule.spread(2, Duration.ofDays(3)).delays())
        .as("two tries: one retry at the end of the window")
        .containsExactly(Duration.ofDays(3));
    assertThat(RetrySchedule.spread(3, Duration.ofSeconds(5)).delays())
        .as("whole seconds that add up to the window")
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
    assertThatThrownBy(() -> RetrySchedule.spread(1, Duration.ofDays(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a spread schedule needs at least 2 tries, got 1");
    assertThat(RetrySchedule.days(8, 8, 8).delays()).containsOnly(Duration.ofDays(8)).hasSize(3);
    Payment failed =
        tenDollars(
            "k1",
            TransactionType.PURCHASE,
            GatewayResult.failure(Decline.soft("insufficient_funds")));
    RetryPolicy kb = RetryPolicy.killBillDefault();
    assertThat(kb.decide(failed, AT))
        .isEqualTo(new RetryDecision.RetryAt(AT.plus(Duration.ofDays(8)), 2));
    Payment hard =
        tenDollars(
            "k1", TransactionType.PURCHASE, GatewayResult.failure(Decline.hard("stolen_card")));
    assertThat(kb.decide(hard, AT))
        .isEqualTo(
            new RetryDecision.GiveUp(
                "hard decline: stolen_card",
                ExhaustedAction.LEAVE_PAST_DUE,
                InvoiceExhaustedAction.LEAVE_OPEN));
    Payment four = failed;
    for (int i = 2; i <= 4; i++) {
      four =
          four.record(
                  req("k" + i, TransactionType.PURCHASE, "10"),
                  GatewayResult.failure(Decline.soft("insufficient_funds")),
                  Instant.EPOCH)
              .value();
    }
    assertThat(four.failedAttempts()).isEqualTo(4);
    assertThat(kb.decide(four, AT)).isInstanceOf(RetryDecision.GiveUp.class);
    assertThatThrownBy(() -> new GatewayResult(TransactionStatus.SUCCESS, "x", Decline.soft("x")))
        .hasMessageContaining("decline");
  }

  static dev.revops.billing.invoice.Invoice issued(String id, String amount) {
    java.time.LocalDate jan1 = java.time.LocalDate.of(2024, 1, 1);
    return dev.revops.billing.invoice.Invoice.draft()
        .id(dev.revops.billing.invoice.InvoiceId.of(id))
        .account(ACME)
        .currency(dev.revops.billing.Fixtures.USD)
        .lines(
            java.util.List.of(
                dev.revops.billing.invoice.InvoiceLine.of(
                    dev.revops.billing.invoice.LineType.RECURRING,
                    "x",
                    usd(amount),
                    dev.revops.core.time.DateRange.ofDays(jan1, 30))))
        .terms(dev.revops.billing.invoice.PaymentTerms.net(30))
        .build()
        .finalizeOn(
            jan1,
            dev.revops.billing.invoice.CreditBalance.empty(ACME, dev.revops.billing.Fixtures.USD),
            AT)
        .invoice()
        .value();
  }

  @Test
  void invoicesDueAndIssuedTheSameDayArePaidInTheOrderOfTheirIds() {
    // the store's order must not matter: in-2 comes first here, in-1 is paid first
    PaymentAllocator.Allocation a =
        PaymentAllocator.allocate(
            usd("15"), java.util.List.of(issued("in-2", "10"), issued("in-1", "10")), null);
    assertThat(a.applied())
        .extracting(x -> x.invoice().value(), PaymentAllocator.Applied::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("in-1", usd("10")),
            org.assertj.core.groups.Tuple.tuple("in-2", usd("5")));
    assertThat(a.unapplied()).isEqualTo(usd("0"));
  }
}
