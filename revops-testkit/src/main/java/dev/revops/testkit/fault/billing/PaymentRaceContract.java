package dev.revops.testkit.fault.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Billing;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.TransactionType;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Payments under real threads, on any adapters: eight callers released together by a start gate,
 * {@link #rounds()} rounds each (200 by default), each round on fresh stores. The gateway's own
 * books ({@link LedgerGateway}) say how much money really moved. A host extends it with its
 * adapters, as revops-jdbc does for H2 and PostgreSQL.
 */
public abstract class PaymentRaceContract {
  static final int THREADS = 8;
  static final AccountId ACCOUNT = AccountId.of("acc-race");
  static final Money HUNDRED = Money.of("100", "USD");
  static final Catalog CATALOG =
      Catalog.of(
          List.of(new Product("p", "P")),
          List.of(
              Plan.of(
                  "basic",
                  "p",
                  BillingInterval.MONTHLY,
                  PlanPhase.evergreen(Price.flat("fee", HUNDRED)))),
          List.of());

  /** For subclasses. */
  protected PaymentRaceContract() {}

  /**
   * Returns the adapters under test; each call of its stores factory must return empty stores.
   *
   * @return the adapters
   */
  protected abstract BillingAdapters adapters();

  /**
   * Returns how many rounds each race runs.
   *
   * @return at least 1; 200 by default
   */
  protected int rounds() {
    return 200;
  }

  record Round(Billing billing, LedgerGateway gateway) {}

  private Round newRound() {
    LedgerGateway gateway = new LedgerGateway();
    BillingAdapters a = adapters();
    Billing billing =
        Billing.builder()
            .stores(a.stores().get().withGateway(gateway))
            .unitOfWork(a.unitOfWork().get())
            .outbox(a.outbox().get())
            .events(new InMemoryEventPublisher())
            .clock(new ManualClock(Instant.parse("2024-04-01T00:00:00Z"), ZoneOffset.UTC))
            .catalog(CATALOG)
            .paymentIds(new SequentialIdGenerator("pay"))
            .build();
    return new Round(billing, gateway);
  }

  /** Runs the calls on eight threads released at once; returns what each returned or threw. */
  static List<Object> race(IntFunction<Object> call) throws InterruptedException {
    CountDownLatch gate = new CountDownLatch(1);
    ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int n = t;
      Thread thread =
          new Thread(
              () -> {
                try {
                  gate.await();
                  outcomes.add(call.apply(n));
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  outcomes.add(e);
                }
              });
      thread.start();
      threads.add(thread);
    }
    gate.countDown();
    for (Thread thread : threads) {
      thread.join();
    }
    return new ArrayList<>(outcomes);
  }

  @Test
  void eightConcurrentFullRefundsNeverRefundMoreThanTheCapture() throws InterruptedException {
    int over = 0;
    int refundedOnce = 0;
    for (int round = 0; round < rounds(); round++) {
      Round r = newRound();
      Payment paid = r.billing().payments().pay("charge", ACCOUNT, HUNDRED, null);
      race(n -> r.billing().payments().refund("refund-" + n, paid.id(), HUNDRED));
      Money atGateway = r.gateway().refundedFor(paid.id(), Money.zero(HUNDRED.currency()));
      if (atGateway.isGreaterThan(HUNDRED)) {
        over++;
      }
      Payment after = r.billing().stores().payments().get(paid.id());
      if (atGateway.equals(HUNDRED) && after.refunded().equals(HUNDRED)) {
        refundedOnce++;
      }
    }
    assertThat(over).as("rounds where the gateway refunded more than the capture").isZero();
    assertThat(refundedOnce).as("rounds with one full refund, booked").isEqualTo(rounds());
  }

  @Test
  void eightThreadsOnOneKeyMakeOneChargeAndAgreeOnThePayment() throws InterruptedException {
    int doubleCharged = 0;
    int disagreed = 0;
    int failed = 0;
    for (int round = 0; round < rounds(); round++) {
      Round r = newRound();
      List<Object> outcomes =
          race(n -> r.billing().payments().pay("one-key", ACCOUNT, HUNDRED, null));
      if (r.gateway().received(TransactionType.PURCHASE) != 1) {
        doubleCharged++;
      }
      Set<PaymentId> ids = new HashSet<>();
      for (Object o : outcomes) {
        if (o instanceof Payment p) {
          ids.add(p.id());
        } else {
          failed++;
        }
      }
      Payment replayed = r.billing().payments().pay("one-key", ACCOUNT, HUNDRED, null);
      ids.add(replayed.id());
      if (ids.size() != 1) {
        disagreed++;
      }
    }
    assertThat(doubleCharged).as("rounds without exactly one charge").isZero();
    assertThat(failed).as("callers that got an exception instead of the payment").isZero();
    assertThat(disagreed).as("rounds where callers saw different payments").isZero();
  }
}
