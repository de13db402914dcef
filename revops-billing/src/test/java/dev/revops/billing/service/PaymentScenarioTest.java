package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.RetryDecision;
import dev.revops.billing.payment.RetryPolicy;
import dev.revops.billing.port.memory.InMemoryCreditBalanceRepository;
import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The services over the in-memory ports, end to end. */
class PaymentScenarioTest {
  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T14:00:00Z"), NY);
  final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
  final InMemorySubscriptionRepository subs = new InMemorySubscriptionRepository();
  final InMemoryCreditBalanceRepository balances = new InMemoryCreditBalanceRepository();
  final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
  final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final SubscriptionService subscriptionService =
      new SubscriptionService(subs, CATALOG, events, clock);
  final BillingStores stores =
      new BillingStores(
          invoices, subs, balances, payments, new InMemoryIdempotencyStore(), gateway);
  final InvoiceService invoiceService =
      new InvoiceService(
          stores,
          InvoiceSettings.of(CATALOG)
              .withTax(TaxPolicy.exclusive("VAT", Percentage.of("10")))
              .withTerms(PaymentTerms.chargeAutomatically())
              .withIds(new SequentialIdGenerator("in")),
          events,
          clock);
  final PaymentService paymentService =
      new PaymentService(stores, new SequentialIdGenerator("pay"), events, clock);

  Subscription subscribe() {
    return subscriptionService.create(
        Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
  }

  @Test
  void aFailedPaymentWalksTheRetryScheduleToUnpaid() {
    Subscription s = subscribe();
    Invoice inv = invoiceService.bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
    assertThat(inv.total()).isEqualTo(usd("33"));
    assertThat(inv.status()).isEqualTo(InvoiceStatus.OPEN);
    // every try is declined softly
    for (int i = 0; i < 8; i++) {
      gateway.script(GatewayResult.failure(Decline.soft("insufficient_funds")));
    }
    RetryPolicy policy = RetryPolicy.stripeDefault();
    Payment p = paymentService.pay("charge-inv-1", ACME, inv.amountDue(), inv.id());
    assertThat(subscriptionService.paymentFailed(s.id()))
        .as("returns what it stored")
        .isEqualTo(subs.get(s.id()));
    assertThat(subs.get(s.id()).status()).isEqualTo(SubscriptionStatus.PAST_DUE);
    int tries = 1;
    RetryDecision d = policy.decide(p, clock.instant());
    while (d instanceof RetryDecision.RetryAt at) {
      clock.setInstant(at.at());
      p = paymentService.retry(p.id());
      tries++;
      d = policy.decide(p, clock.instant());
    }
    assertThat(tries).isEqualTo(8);
    assertThat(clock.instant()).isEqualTo(Instant.parse("2024-04-15T14:00:00Z"));
    RetryDecision.GiveUp giveUp = (RetryDecision.GiveUp) d;
    assertThat(giveUp.reason()).isEqualTo("retries exhausted");
    assertThat(subscriptionService.retriesExhausted(s.id(), giveUp.subscription()))
        .isEqualTo(subs.get(s.id()));
    assertThat(subs.get(s.id()).status()).isEqualTo(SubscriptionStatus.UNPAID);
    assertThat(invoices.get(inv.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(gateway.executed()).isEqualTo(8);
    // the collections module sees the open invoice as a receivable
    assertThat(invoices.get(inv.id()).toReceivable().amountDue()).isEqualTo(usd("33"));
    // a later payment brings the subscription back
    Payment paid = paymentService.pay("manual-1", ACME, usd("33"), null);
    assertThat(paid.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(invoices.get(inv.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(subscriptionService.paymentSucceeded(s.id())).isEqualTo(subs.get(s.id()));
    assertThat(subs.get(s.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
  }

  @Test
  void aCreditNoteOnAPartlyPaidInvoice() {
    subscribe();
    Invoice inv = invoiceService.bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
    paymentService.pay("part-1", ACME, usd("20"), inv.id());
    assertThat(invoices.get(inv.id()).amountDue()).isEqualTo(usd("13"));
    Invoice credited =
        invoiceService.creditNote(
            inv.id(),
            usd("18"),
            CreditNoteRemainder.CREDIT_BALANCE,
            "outage",
            LocalDate.of(2024, 4, 5));
    assertThat(credited.amountDue()).isEqualTo(usd("0"));
    assertThat(credited.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(balances.get(ACME).balance()).isEqualTo(usd("5"));
    // the balance pays part of the next invoice
    Invoice may = invoiceService.bill(ACME, LocalDate.of(2024, 5, 1), List.of()).get(0);
    assertThat(may.creditApplied()).isEqualTo(usd("5"));
    assertThat(may.amountDue()).isEqualTo(usd("28"));
    assertThat(balances.get(ACME).balance()).isEqualTo(usd("0"));
    // billing the same day again creates nothing; the preview (dry run) agrees
    assertThat(invoiceService.preview(ACME, LocalDate.of(2024, 5, 1), List.of()).lines()).isEmpty();
    assertThat(invoiceService.bill(ACME, LocalDate.of(2024, 5, 1), List.of())).isEmpty();
  }

  @Test
  void paymentsApplyOldestDueFirstAndTheRestGoesToTheBalance() {
    subscribe();
    Invoice april = invoiceService.bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
    Invoice may = invoiceService.bill(ACME, LocalDate.of(2024, 5, 1), List.of()).get(0);
    paymentService.pay("big", ACME, usd("50"), null);
    assertThat(invoices.get(april.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoices.get(may.id()).amountDue()).isEqualTo(usd("16"));
    paymentService.pay("bigger", ACME, usd("20"), null);
    assertThat(invoices.get(may.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(balances.get(ACME).balance()).isEqualTo(usd("4"));
  }

  @Test
  void idempotentReplaysAndUnknownResults() {
    subscribe();
    Invoice inv = invoiceService.bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
    gateway.script(GatewayResult.unknown());
    Payment p = paymentService.pay("k-1", ACME, usd("33"), inv.id());
    assertThat(p.status()).isEqualTo(PaymentStatus.UNKNOWN);
    int sent = gateway.executed();
    // a retry of an unknown result looks it up instead of charging again
    Payment still = paymentService.retry(p.id());
    assertThat(still.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(gateway.executed()).isEqualTo(sent);
    assertThat(gateway.lookups()).isEqualTo(1);
    gateway.resolveAs(p.unresolved().orElseThrow().idempotencyKey(), GatewayResult.success("late"));
    Payment done = paymentService.retry(p.id());
    assertThat(done.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(invoices.get(inv.id()).status()).isEqualTo(InvoiceStatus.PAID);
    // replaying the first request returns the payment and sends nothing
    assertThat(paymentService.pay("k-1", ACME, usd("33"), inv.id())).isEqualTo(done);
    assertThat(gateway.executed()).isEqualTo(sent);
    assertThatThrownBy(() -> paymentService.pay("k-1", ACME, usd("34"), inv.id()))
        .isInstanceOf(IdempotencyConflictException.class);
    Payment refunded = paymentService.refund("r-1", done.id(), usd("10"));
    assertThat(refunded.refunded()).isEqualTo(usd("10"));
    assertThat(paymentService.refund("r-1", done.id(), usd("10")).refunded()).isEqualTo(usd("10"));
    assertThatThrownBy(() -> paymentService.refund("r-2", done.id(), usd("23.01")))
        .hasMessageContaining("exceeds");
  }

  @Test
  void everyEventIdIsBuiltFromTheEventsType() {
    Subscription s = subscribe();
    subscriptionService.pause(s.id(), true);
    subscriptionService.resume(s.id());
    Invoice inv = invoiceService.bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
    paymentService.pay("part", ACME, usd("20"), inv.id());
    invoiceService.creditNote(
        inv.id(),
        usd("2"),
        CreditNoteRemainder.CREDIT_BALANCE,
        "goodwill",
        LocalDate.of(2024, 4, 2));
    assertThat(events.published())
        .extracting(DomainEvent::type)
        .contains(
            "SubscriptionCreated",
            "SubscriptionStatusChanged",
            "InvoiceFinalized",
            "PaymentRecorded",
            "InvoicePaymentApplied",
            "CreditNoteIssued");
    assertThat(events.published()).extracting(DomainEvent::eventId).doesNotHaveDuplicates();
    for (DomainEvent e : events.published()) {
      assertThat(e.eventId().value())
          .startsWith(e.aggregateId() + "@")
          .contains(":" + e.type() + "#");
    }
  }
}
