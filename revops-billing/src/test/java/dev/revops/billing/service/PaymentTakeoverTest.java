package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.port.IdempotencyRecord;
import dev.revops.billing.port.IdempotencyStore;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The paths a payment takes when another request got there first, or when a store without
 * transactions kept half of a request: a lost key race, a key without its payment, a payment taken
 * over meanwhile, a save that keeps conflicting, and recovery of payments in every state.
 */
class PaymentTakeoverTest {
  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T14:00:00Z"), NY);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
  final InMemoryPaymentRepository inner = new InMemoryPaymentRepository();
  final HookedPayments payments = new HookedPayments(inner);
  final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
  final HookedKeys hookedKeys = new HookedKeys(keys);
  final BillingStores base = BillingStores.inMemory();
  final BillingStores stores =
      new BillingStores(
          base.invoices(), base.subscriptions(), base.balances(), payments, hookedKeys, gateway);

  PaymentService service(UnitOfWork work) {
    return new PaymentService(
        stores,
        new SequentialIdGenerator("pay"),
        new BillingContext(work, new InMemoryOutbox(), clock));
  }

  /** The embedded wiring: a transactional in-memory unit of work. */
  PaymentService service() {
    return new PaymentService(
        stores, new SequentialIdGenerator("pay"), BillingContext.embedded(events, clock));
  }

  Invoice invoiceFor(AccountId account, String subscription) {
    new SubscriptionService(
            base.subscriptions(), Fixtures.CATALOG, BillingContext.embedded(events, clock))
        .create(
            Fixtures.newSubscription(subscription, Fixtures.BASIC, LocalDate.of(2024, 4, 1))
                .toBuilder()
                .account(account)
                .build());
    InvoiceService invoices =
        new InvoiceService(
            stores,
            InvoiceSettings.of(Fixtures.CATALOG)
                .withTerms(PaymentTerms.chargeAutomatically())
                .withIds(new SequentialIdGenerator("in-" + subscription)),
            BillingContext.embedded(events, clock));
    return invoices.bill(account, LocalDate.of(2024, 4, 1), List.of()).get(0);
  }

  /** A gateway that sends through {@code sends} and answers lookups with {@code lookup}. */
  static PaymentGateway lookingUp(
      PaymentGateway sends, java.util.function.Function<String, GatewayResult> lookup) {
    return new PaymentGateway() {
      @Override
      public GatewayResult execute(GatewayRequest request) {
        return sends.execute(request);
      }

      @Override
      public GatewayResult lookup(String idempotencyKey) {
        return lookup.apply(idempotencyKey);
      }
    };
  }

  static <T> T onAnotherThread(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work).join();
  }

  @Test
  void aPaymentThatLosesItsKeyAtCommitReturnsTheWinnersPaymentAndChargesNothing() {
    PaymentService svc = service();
    AtomicInteger puts = new AtomicInteger();
    Payment[] winner = new Payment[1];
    hookedKeys.afterPut =
        () -> {
          if (puts.getAndIncrement() == 0) {
            // a concurrent request with the same key commits while this one is still open
            winner[0] = onAnotherThread(() -> svc.pay("k", ACME, usd("30"), null));
          }
        };
    Payment p = svc.pay("k", ACME, usd("30"), null);
    assertThat(winner[0].status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(p).isEqualTo(winner[0]);
    assertThat(gateway.executed()).as("charged once").isEqualTo(1);
    assertThat(inner.findAll()).as("the loser's payment was rolled back").hasSize(1);
  }

  @Test
  void aStoreThatKeepsLosingTheKeyRaceGivesUpWithTheConflictAfterOneReplay() {
    PaymentService svc = service(UnitOfWork.direct());
    AtomicInteger puts = new AtomicInteger();
    hookedKeys.findNothing = true;
    hookedKeys.beforePut =
        () -> {
          puts.incrementAndGet();
          throw new IdempotencyConflictException("k", "stored by a concurrent request first");
        };
    assertThatThrownBy(() -> svc.pay("k", ACME, usd("30"), null))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(puts).as("tried twice").hasValue(2);
    assertThatThrownBy(() -> svc.refund("k", PaymentId.of("pay-9"), usd("1")))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(puts).hasValue(4);
    assertThat(gateway.executed()).as("nothing reached the gateway").isZero();
    assertThat(inner.findAll()).isEmpty();
  }

  @Test
  void aRefundThatLosesItsKeyToAConcurrentRefundReturnsThatRefund() {
    PaymentService svc = service();
    Payment paid = svc.pay("k", ACME, usd("30"), null);
    AtomicInteger puts = new AtomicInteger();
    hookedKeys.beforePut =
        () -> {
          if (puts.getAndIncrement() == 1) {
            // the refund's put: a concurrent refund with the same key stores it and refunds first
            onAnotherThread(() -> svc.refund("r", paid.id(), usd("10")));
            throw new IdempotencyConflictException("r", "stored by a concurrent request first");
          }
        };
    Payment refunded = svc.refund("r", paid.id(), usd("10"));
    assertThat(refunded.refunded()).isEqualTo(usd("10"));
    assertThat(gateway.executed()).as("one charge and one refund").isEqualTo(2);
    assertThat(keys.find("r")).isPresent();
  }

  @Test
  void aKeyStoredWithoutItsPaymentIsTakenOverUnderTheRecordedId() {
    // without transactions the key is stored first; the payment's save then fails
    PaymentService svc = service(UnitOfWork.direct());
    Invoice inv = invoiceFor(ACME, "s-1");
    payments.failSaves.set(1);
    assertThatThrownBy(() -> svc.pay("k", ACME, usd("30"), inv.id()))
        .hasMessageContaining("store down");
    String recorded = keys.find("k").orElseThrow().resultId();
    assertThat(inner.findAll()).isEmpty();
    Payment p = svc.pay("k", ACME, usd("30"), inv.id());
    assertThat(p.id().value()).isEqualTo(recorded);
    assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(base.invoices().get(inv.id()).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(gateway.executed()).isEqualTo(1);
  }

  @Test
  void aTakeOverThatAnotherRequestFinishedMeanwhileReturnsItsPayment() {
    PaymentService svc = service(UnitOfWork.direct());
    payments.failSaves.set(1);
    assertThatThrownBy(() -> svc.pay("k", ACME, usd("30"), null))
        .hasMessageContaining("store down");
    AtomicInteger saves = new AtomicInteger();
    Payment[] other = new Payment[1];
    payments.beforeSave =
        p -> {
          if (saves.getAndIncrement() == 0) {
            // this request's take-over save: another one takes over first and finishes
            other[0] = onAnotherThread(() -> svc.pay("k", ACME, usd("30"), null));
          }
          return false;
        };
    Payment p = svc.pay("k", ACME, usd("30"), null);
    assertThat(other[0].status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(p).isEqualTo(other[0]);
    assertThat(gateway.executed()).as("only the other request charged").isEqualTo(1);
  }

  @Test
  void aResultSaveThatKeepsConflictingIsTriedNineTimesThenTheConflictSurfaces() {
    PaymentService svc = service();
    AtomicInteger tries = new AtomicInteger();
    payments.beforeSave =
        p -> {
          if (p.status() == PaymentStatus.CAPTURED) {
            tries.incrementAndGet();
            return true;
          }
          return false;
        };
    assertThatThrownBy(() -> svc.pay("k", ACME, usd("30"), null))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(tries).as("the first try and eight retries").hasValue(9);
    Payment open = inner.findAll().get(0);
    assertThat(open.unresolved()).as("the charge stays open for a lookup").isPresent();
    payments.beforeSave = p -> false;
    assertThat(svc.resolve(open.id()).status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(gateway.executed()).isEqualTo(1);
  }

  @Test
  void aResultRecordedMeanwhileIsNotRecordedTwice() {
    PaymentService svc = service();
    Invoice inv = invoiceFor(ACME, "s-1");
    gateway.script(GatewayResult.unknown());
    Payment unknown = svc.pay("k", ACME, inv.amountDue(), inv.id());
    assertThat(unknown.status()).isEqualTo(PaymentStatus.UNKNOWN);
    String key = unknown.unresolved().orElseThrow().idempotencyKey();
    assertThat(gateway.isUnknown(key)).isTrue();
    gateway.resolveAs(key, GatewayResult.success("late"));
    assertThat(gateway.isUnknown(key)).as("known only once looked up").isTrue();
    AtomicInteger lookups = new AtomicInteger();
    PaymentGateway racing =
        lookingUp(
            gateway,
            idempotencyKey -> {
              GatewayResult r = gateway.lookup(idempotencyKey);
              if (lookups.getAndIncrement() == 0) {
                // another instance's recovery records the same result first
                onAnotherThread(() -> svc.resolve(unknown.id()));
              }
              return r;
            });
    PaymentService recovering =
        new PaymentService(
            stores.withGateway(racing),
            new SequentialIdGenerator("pay"),
            BillingContext.embedded(events, clock));
    Payment p = recovering.recover(unknown.id());
    assertThat(gateway.isUnknown(key)).isFalse();
    assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(p).isEqualTo(inner.get(unknown.id()));
    Invoice paid = base.invoices().get(inv.id());
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(paid.amountDue()).as("applied once").isEqualTo(usd("0"));
    assertThat(base.balances().find(ACME)).as("nothing left over").isEmpty();
  }

  @Test
  void recoveryAndResolveLeaveASettledPaymentAsItIsAndStartANewOneThatNeverWasSent() {
    PaymentService svc = service();
    Payment paid = svc.pay("k", ACME, usd("30"), null);
    int lookups = gateway.lookups();
    assertThat(svc.recover(paid.id())).isEqualTo(paid);
    assertThat(svc.resolve(paid.id())).isEqualTo(paid);
    assertThat(gateway.lookups()).as("nothing to look up").isEqualTo(lookups);
    assertThat(gateway.executed()).isEqualTo(1);
    // a payment stored as created (by a host, or before its first attempt was saved)
    Payment created = Payment.create(PaymentId.of("host-1"), ACME, usd("12"), null);
    inner.save(created, Aggregate.NEW);
    Payment sent = svc.recover(created.id());
    assertThat(sent.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(sent.captured()).isEqualTo(usd("12"));
    assertThat(gateway.executed()).isEqualTo(2);
    assertThat(svc.recover(created.id())).isEqualTo(sent);
    assertThat(gateway.executed()).isEqualTo(2);
  }

  @Test
  void recoveryLooksUpAChargeThatWentThroughAndSendsOnlyOneTheGatewayNeverSaw() {
    PaymentService svc = service();
    // the charge went through but its answer was lost
    gateway.script(GatewayResult.unknown());
    Payment lost = svc.pay("k1", ACME, usd("30"), null);
    String key = lost.unresolved().orElseThrow().idempotencyKey();
    gateway.resolveAs(key, GatewayResult.success("found"));
    assertThat(svc.recover(lost.id()).status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(gateway.executed()).as("looked up, not sent again").isEqualTo(1);
    // the call never reached the gateway: the lookup knows nothing, so the recovery sends it
    PaymentGateway down =
        new PaymentGateway() {
          @Override
          public GatewayResult execute(GatewayRequest request) {
            throw new IllegalStateException("connection refused");
          }

          @Override
          public GatewayResult lookup(String idempotencyKey) {
            return gateway.lookup(idempotencyKey);
          }
        };
    PaymentService offline =
        new PaymentService(
            stores.withGateway(down),
            new SequentialIdGenerator("off"),
            BillingContext.embedded(events, clock));
    assertThatThrownBy(() -> offline.pay("k2", ACME, usd("5"), null))
        .hasMessageContaining("connection refused");
    Payment unsent =
        inner.findAll().stream().filter(p -> p.id().value().startsWith("off")).findFirst().get();
    assertThat(svc.recover(unsent.id()).status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(gateway.executed()).isEqualTo(2);
  }

  @Test
  void eachAttemptGoesToTheGatewayUnderItsOwnNumberedKeyAndARetrySendsWithoutALookup() {
    PaymentService svc = service();
    gateway.script(GatewayResult.failure(dev.revops.billing.payment.Decline.soft("declined")));
    Payment failed = svc.pay("k", ACME, usd("30"), null);
    assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    Payment retried = svc.retry(failed.id());
    assertThat(retried.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(retried.transactions())
        .extracting(PaymentTransaction::idempotencyKey)
        .containsExactly(failed.id() + ":purchase:1", failed.id() + ":purchase:2");
    assertThat(gateway.lookups()).isZero();
    assertThat(gateway.executed()).isEqualTo(2);
  }

  @Test
  void blankKeysAreRefusedByNameBeforeAnythingIsStoredOrSent() {
    PaymentService svc = service();
    assertThatThrownBy(() -> svc.pay(" ", ACME, usd("30"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idempotency key is blank");
    Payment paid = svc.pay("k", ACME, usd("30"), null);
    assertThatThrownBy(() -> svc.refund("", paid.id(), usd("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idempotency key is blank");
    assertThat(keys.size()).isEqualTo(1);
    assertThat(gateway.executed()).isEqualTo(1);
  }

  @Test
  void aRefundStoresItsKeySoAReplayIsAnsweredFromIt() {
    PaymentService svc = service();
    Payment paid = svc.pay("k", ACME, usd("30"), null);
    svc.refund("r", paid.id(), usd("10"));
    IdempotencyRecord r = keys.find("r").orElseThrow();
    assertThat(r.resultId()).isEqualTo(paid.id().value());
    assertThat(keys.size()).isEqualTo(2);
  }

  @Test
  void aPaymentDirectedAtAnotherAccountsInvoiceGoesToThePayersBalance() {
    PaymentService svc = service();
    AccountId other = AccountId.of("acc-2");
    Invoice theirs = invoiceFor(other, "s-2");
    Payment p = svc.pay("k", ACME, usd("30"), theirs.id());
    assertThat(p.status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(base.invoices().get(theirs.id()).status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(base.balances().get(ACME).balance()).isEqualTo(usd("30"));
    assertThat(base.balances().find(other)).isEmpty();
  }

  /** A payment store with hooks: failing saves, and a step run before each save. */
  static final class HookedPayments implements PaymentRepository {
    final InMemoryPaymentRepository inner;
    final AtomicInteger failSaves = new AtomicInteger();

    /** Runs before each save; true makes the save fail with a version conflict. */
    volatile Predicate<Payment> beforeSave = p -> false;

    HookedPayments(InMemoryPaymentRepository inner) {
      this.inner = inner;
    }

    @Override
    public Optional<Payment> find(PaymentId id) {
      return inner.find(id);
    }

    @Override
    public Payment save(Payment p, long expected) {
      if (failSaves.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new IllegalStateException("store down");
      }
      if (beforeSave.test(p)) {
        throw new ConcurrencyConflictException(p.id(), expected, expected + 1);
      }
      return inner.save(p, expected);
    }

    @Override
    public List<Payment> findAll() {
      return inner.findAll();
    }

    @Override
    public List<Payment> findUnresolvedBefore(Instant before, int limit) {
      return inner.findUnresolvedBefore(before, limit);
    }
  }

  /** An idempotency store with hooks around {@code putIfAbsent}. */
  static final class HookedKeys implements IdempotencyStore {
    final InMemoryIdempotencyStore inner;
    volatile Runnable beforePut = () -> {};
    volatile Runnable afterPut = () -> {};

    /** Answers every find with nothing, as a store that lost a record would. */
    volatile boolean findNothing;

    HookedKeys(InMemoryIdempotencyStore inner) {
      this.inner = inner;
    }

    @Override
    public Optional<IdempotencyRecord> putIfAbsent(IdempotencyRecord record) {
      beforePut.run();
      Optional<IdempotencyRecord> r = inner.putIfAbsent(record);
      afterPut.run();
      return r;
    }

    @Override
    public Optional<IdempotencyRecord> find(String key) {
      return findNothing ? Optional.empty() : inner.find(key);
    }
  }
}
