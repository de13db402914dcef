package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Billing;
import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Payments whose gateway call or save fails in the middle, and their recovery. */
class PaymentRecoveryTest {
  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T14:00:00Z"), NY);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final InMemoryPaymentGateway real = new InMemoryPaymentGateway();

  /** Fails the next {@code n} gateway calls after the real call (the money moved: a timeout). */
  final AtomicInteger timeouts = new AtomicInteger();

  final PaymentGateway gateway =
      new PaymentGateway() {
        @Override
        public GatewayResult execute(GatewayRequest request) {
          GatewayResult r = real.execute(request);
          if (timeouts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("gateway timeout");
          }
          return r;
        }

        @Override
        public GatewayResult lookup(String key) {
          return real.lookup(key);
        }
      };

  Billing billing(BillingStores stores) {
    return Billing.builder()
        .stores(stores)
        .events(events)
        .clock(clock)
        .catalog(CATALOG)
        .invoiceIds(new SequentialIdGenerator("in"))
        .paymentIds(new SequentialIdGenerator("pay"))
        .recoveryAge(Duration.ofMinutes(5))
        .build();
  }

  Invoice invoice(Billing b) {
    b.subscriptions()
        .create(Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
    return b.invoices().bill(ACME, LocalDate.of(2024, 4, 1), List.of()).get(0);
  }

  @Test
  void aTimeoutAfterTheChargeLeavesAnUnknownPaymentThatTheRecoverySettlesAfterItsAge() {
    BillingStores stores = BillingStores.inMemory().withGateway(gateway);
    Billing b = billing(stores);
    Invoice inv = invoice(b);
    timeouts.set(1);
    assertThatThrownBy(() -> b.payments().pay("k", ACME, usd("30"), inv.id()))
        .hasMessageContaining("timeout");
    Payment open = stores.payments().findAll().get(0);
    assertThat(open.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(real.executed()).isEqualTo(1);
    // the replay answers with the payment in progress, not NotFoundException, and sends nothing
    assertThat(b.payments().pay("k", ACME, usd("30"), inv.id()).id()).isEqualTo(open.id());
    assertThat(b.recovery().run().found()).as("too young for the recovery").isZero();
    clock.advance(Duration.ofMinutes(5));
    PaymentRecoveryService.Report report = b.recovery().run();
    assertThat(report).isEqualTo(new PaymentRecoveryService.Report(1, 1, 0, 0));
    Payment settled = stores.payments().get(open.id());
    assertThat(settled.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(stores.invoices().get(inv.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(real.executed()).as("charged once").isEqualTo(1);
    assertThat(stores.payments().findUnresolvedBefore(clock.instant(), 10)).isEmpty();
  }

  @Test
  void aFailedFirstSaveBurnsNoKey() {
    PaymentTakeoverTest.HookedPayments flaky =
        new PaymentTakeoverTest.HookedPayments(new InMemoryPaymentRepository());
    flaky.failSaves.set(1);
    BillingStores base = BillingStores.inMemory().withGateway(real);
    BillingStores stores =
        new BillingStores(
            base.invoices(),
            base.subscriptions(),
            base.balances(),
            flaky,
            base.idempotency(),
            real);
    Billing b = billing(stores);
    assertThatThrownBy(() -> b.payments().pay("k", ACME, usd("30"), null))
        .hasMessageContaining("store down");
    assertThat(base.idempotency().find("k"))
        .as("the key is not stored without its payment")
        .isEmpty();
    assertThat(real.executed()).as("nothing reached the gateway").isZero();
    Payment p = b.payments().pay("k", ACME, usd("30"), null);
    assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(real.executed()).isEqualTo(1);
  }

  @Test
  void aReservedRefundBlocksAnotherAndAFailedRefundReleasesIt() {
    BillingStores stores = BillingStores.inMemory().withGateway(gateway);
    Billing b = billing(stores);
    Payment paid = b.payments().pay("k", ACME, usd("30"), null);
    timeouts.set(1);
    assertThatThrownBy(() -> b.payments().refund("r-1", paid.id(), usd("30")))
        .hasMessageContaining("timeout");
    Payment reserved = stores.payments().get(paid.id());
    assertThat(reserved.reserved()).isEqualTo(usd("30"));
    assertThat(reserved.refundable()).isEqualTo(usd("0"));
    int sent = real.executed();
    assertThatThrownBy(() -> b.payments().refund("r-2", paid.id(), usd("1")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(real.executed()).as("a refused refund never reaches the gateway").isEqualTo(sent);
    Payment refunded = b.payments().resolve(paid.id());
    assertThat(refunded.refunded()).isEqualTo(usd("30"));
    assertThat(refunded.status()).isEqualTo(PaymentStatus.REFUNDED);

    Payment other = b.payments().pay("k2", ACME, usd("10"), null);
    real.script(GatewayResult.failure(Decline.hard("refund_refused")));
    Payment declined = b.payments().refund("r-3", other.id(), usd("10"));
    assertThat(declined.reserved()).isEqualTo(usd("0"));
    assertThat(declined.refundable()).isEqualTo(usd("10"));
    assertThat(declined.transactions().get(declined.transactions().size() - 1).result().status())
        .isEqualTo(TransactionStatus.FAILURE);
  }

  @Test
  void theBuilderRelaysAfterEachCommitUnlessTheHostOwnsTheOutbox() {
    Billing embedded = billing(BillingStores.inMemory());
    assertThat(embedded.relay()).isPresent();
    invoice(embedded);
    assertThat(events.published()).isNotEmpty();
    assertThat(embedded.outbox().pendingCount()).isZero();
    assertThat(embedded.outbox().deliveredCount()).isEqualTo(events.published().size());

    InMemoryEventPublisher host = new InMemoryEventPublisher();
    dev.revops.core.port.memory.InMemoryOutbox outbox =
        new dev.revops.core.port.memory.InMemoryOutbox();
    Billing owned =
        Billing.builder()
            .stores(BillingStores.inMemory())
            .outbox(outbox)
            .events(host)
            .clock(clock)
            .catalog(CATALOG)
            .build();
    assertThat(owned.relay()).isEmpty();
    assertThat(owned.outbox()).isSameAs(outbox);
    invoice(owned);
    assertThat(host.published()).as("the host delivers").isEmpty();
    assertThat(outbox.pendingCount()).isPositive();
    new dev.revops.core.service.OutboxRelay(outbox, host).deliverPending();
    assertThat(host.published()).hasSize((int) outbox.deliveredCount());
  }

  @Test
  void aRecoveryBatchCountsWhatItSettledWhatStaysOpenAndWhatFailedAndGoesOnPastAFailure() {
    PaymentGateway lookupDown =
        PaymentTakeoverTest.lookingUp(
            real,
            key -> {
              if (key.startsWith("pay-2:")) {
                throw new IllegalStateException("lookup failed");
              }
              return real.lookup(key);
            });
    BillingStores stores = BillingStores.inMemory().withGateway(lookupDown);
    Billing b = billing(stores);
    real.script(GatewayResult.unknown(), GatewayResult.unknown(), GatewayResult.unknown());
    Payment settles = b.payments().pay("k1", ACME, usd("10"), null);
    Payment fails = b.payments().pay("k2", ACME, usd("11"), null);
    Payment staysOpen = b.payments().pay("k3", ACME, usd("12"), null);
    assertThat(fails.id().value()).isEqualTo("pay-2");
    real.resolveAs(
        settles.unresolved().orElseThrow().idempotencyKey(), GatewayResult.success("ok"));
    clock.advance(Duration.ofMinutes(5));
    assertThat(b.recovery().minAge()).isEqualTo(Duration.ofMinutes(5));
    assertThat(b.recovery().run()).isEqualTo(new PaymentRecoveryService.Report(3, 1, 1, 1));
    assertThat(stores.payments().get(settles.id()).status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(stores.payments().get(fails.id()).unresolved()).isPresent();
    assertThat(stores.payments().get(staysOpen.id()).status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(real.executed()).as("nothing was charged twice").isEqualTo(3);
  }

  @Test
  void aRecoveryRefusesANegativeAgeAndABatchBelowOneByName() {
    PaymentService svc = billing(BillingStores.inMemory()).payments();
    InMemoryPaymentRepository store = new InMemoryPaymentRepository();
    assertThatThrownBy(
            () -> new PaymentRecoveryService(svc, store, clock, Duration.ofSeconds(-1), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minAge");
    assertThatThrownBy(() -> new PaymentRecoveryService(svc, store, clock, Duration.ZERO, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("batchSize must be above zero, got 0");
    assertThat(new PaymentRecoveryService(svc, store, clock, Duration.ZERO, 1).run())
        .isEqualTo(new PaymentRecoveryService.Report(0, 0, 0, 0));
  }
}
