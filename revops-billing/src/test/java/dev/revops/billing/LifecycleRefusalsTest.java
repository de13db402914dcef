package dev.revops.billing;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.USD;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.CreditNoteId;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceAction;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentAction;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionAction;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Every lifecycle "no" in billing is an {@link IllegalTransitionException}: from, event, allowed.
 */
class LifecycleRefusalsTest {
  private static final LocalDate APR1 = LocalDate.of(2024, 4, 1);

  private static IllegalTransitionException refusal(ThrowingCallable call) {
    Throwable[] caught = new Throwable[1];
    assertThatThrownBy(call)
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(t -> caught[0] = t);
    return (IllegalTransitionException) caught[0];
  }

  private static List<Object> allowed(IllegalTransitionException e) {
    return List.copyOf(e.allowed());
  }

  @Test
  void subscriptions() {
    Subscription s = Fixtures.subscribe("s1", Fixtures.BASIC, APR1);
    Subscription cancelled = s.cancelNow(CATALOG, APR1.plusDays(3), AT).value();
    assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);

    IllegalTransitionException change =
        refusal(
            () ->
                cancelled.changePlan(
                    CATALOG,
                    Fixtures.PRO,
                    1,
                    dev.revops.billing.subscription.ChangeTiming.IMMEDIATE,
                    dev.revops.billing.subscription.ProrationMode.NONE,
                    APR1.plusDays(4),
                    AT));
    assertThat(change.from()).isEqualTo(SubscriptionStatus.CANCELLED);
    assertThat(change.event()).isEqualTo("CHANGE_PLAN");
    assertThat(allowed(change)).isEmpty();

    IllegalTransitionException cancel =
        refusal(
            () ->
                cancelled.cancel(
                    CATALOG,
                    dev.revops.billing.subscription.ChangeTiming.IMMEDIATE,
                    dev.revops.billing.subscription.ChangeTiming.IMMEDIATE,
                    APR1.plusDays(4),
                    AT));
    assertThat(cancel.event()).isEqualTo(SubscriptionAction.CANCEL);

    Subscription cancelling = s.cancelAtPeriodEnd(CATALOG, APR1.plusDays(9), AT).value();
    IllegalTransitionException late = refusal(() -> cancelling.reactivate(APR1.plusMonths(1), AT));
    assertThat(late.from()).isEqualTo(SubscriptionStatus.NON_RENEWING);
    assertThat(late.event()).isEqualTo(SubscriptionAction.REACTIVATE);
    assertThat(allowed(late))
        .isNotEmpty()
        .doesNotContain(SubscriptionAction.REACTIVATE)
        .contains(SubscriptionAction.CANCEL);
    assertThat(late).hasMessageContaining("too late");

    IllegalTransitionException renew = refusal(() -> s.renewTerm(CATALOG));
    assertThat(renew.from()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(renew.event()).isEqualTo("RENEW_TERM");
    assertThat(renew).hasMessageContaining("no fixed term");
  }

  @Test
  void invoices() {
    DateRange april = DateRange.of(APR1, APR1.plusMonths(1));
    Invoice draft =
        Invoice.draft()
            .id(InvoiceId.of("in-1"))
            .account(ACME)
            .currency(USD)
            .lines(List.of(InvoiceLine.of(LineType.RECURRING, "seat", usd("30"), april)))
            .terms(PaymentTerms.net(30))
            .build();
    Invoice open = draft.finalizeOn(APR1, CreditBalance.empty(ACME, USD), AT).invoice().value();

    IllegalTransitionException lines =
        refusal(
            () -> open.addLines(List.of(InvoiceLine.of(LineType.ONE_TIME, "x", usd("1"), april))));
    assertThat(lines.from()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(lines.event()).isEqualTo("ADD_LINES");
    assertThat(allowed(lines)).contains(InvoiceAction.PAY);

    IllegalTransitionException pay = refusal(() -> draft.applyPayment(usd("1"), AT));
    assertThat(pay.from()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(allowed(pay)).contains(InvoiceAction.FINALIZE);

    IllegalTransitionException note =
        refusal(
            () ->
                draft.issueCreditNote(
                    CreditNoteId.of("cn"), usd("1"), CreditNoteRemainder.REFUND, "x", APR1, AT));
    assertThat(note.event()).isEqualTo("ISSUE_CREDIT_NOTE");
  }

  @Test
  void payments() {
    PaymentId id = PaymentId.of("p-1");
    Payment fresh = Payment.create(id, ACME, usd("10"), null);
    IllegalTransitionException refund =
        refusal(() -> fresh.checkCanSend(TransactionType.REFUND, usd("1")));
    assertThat(refund.from()).isEqualTo(PaymentStatus.NEW);
    assertThat(refund.event()).isEqualTo(TransactionType.REFUND);
    assertThat(allowed(refund)).contains(PaymentAction.PURCHASE_OK);

    Payment captured =
        fresh
            .record(
                new GatewayRequest("k", id, TransactionType.PURCHASE, usd("10")),
                GatewayResult.success("r"),
                AT)
            .value();
    assertThat(refusal(() -> captured.checkCanSend(TransactionType.VOID, usd("10"))).from())
        .isEqualTo(PaymentStatus.CAPTURED);
    assertThat(refusal(() -> captured.checkCanSend(TransactionType.PURCHASE, usd("10"))).event())
        .isEqualTo(TransactionType.PURCHASE);
    assertThat(refusal(() -> captured.resolve(GatewayResult.success("r"), AT)).event())
        .isEqualTo("RESOLVE");
    assertThat(refusal(() -> fresh.checkCanSend(TransactionType.CHARGEBACK, usd("1"))).from())
        .isEqualTo(PaymentStatus.NEW);
  }
}
