package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.id.AccountId;
import dev.revops.sales.TestPorts;
import dev.revops.sales.offer.OfferEvents.OfferAccepted;
import dev.revops.sales.offer.OfferEvents.OfferFulfilled;
import dev.revops.sales.offer.OfferEvents.OfferFulfilmentFailed;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.port.OfferHistory;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.SubscriptionChanges;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.port.memory.InMemorySubscriptionChanges;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A fulfilment port that throws never loses the acceptance: the presentation stays {@code ACCEPTED}
 * (pending fulfilment) with its failed attempts counted, and a retry under the same idempotency key
 * fulfils it once. A store that fails at the n-th save leaves nothing half done.
 */
class OfferServiceFaultTest {

  /** Throws on the first {@code failures} calls, then delegates. */
  static final class FlakyChanges implements SubscriptionChanges {
    final InMemorySubscriptionChanges real = new InMemorySubscriptionChanges();
    final AtomicInteger calls = new AtomicInteger();
    final int failures;

    FlakyChanges(int failures) {
      this.failures = failures;
    }

    @Override
    public Result request(Request request) {
      if (calls.incrementAndGet() <= failures) {
        throw new IllegalStateException("billing is down");
      }
      return real.request(request);
    }
  }

  @Test
  void aThrowingSubscriptionPortLeavesTheOfferAcceptedPendingUntilARetryFulfilsItOnce() {
    for (int failures = 1; failures <= 3; failures++) {
      FlakyChanges changes = new FlakyChanges(failures);
      OfferFixture f = new OfferFixture(changes);
      AccountId a = f.team("acct-1");
      OfferPresentation p = f.service.present(a, "crm-pro-upgrade");

      OfferPresentation pending = f.service.accept(p.id());
      assertThat(pending.status()).isEqualTo(OfferStatus.ACCEPTED);
      assertThat(pending.outcome().failedAttempts()).isEqualTo(1);
      assertThat(f.events.published(OfferAccepted.class)).hasSize(1);
      assertThat(f.events.published(OfferFulfilmentFailed.class)).hasSize(1);
      assertThat(f.events.published(OfferFulfilled.class)).isEmpty();
      // still pending: not offered again, and a decline cannot undo the acceptance
      assertThat(f.service.recommend(a))
          .extracting(r -> r.offer().id())
          .doesNotContain("crm-pro-upgrade");

      for (int retry = 1; retry < failures; retry++) {
        assertThat(f.service.retryPendingFulfilments())
            .singleElement()
            .extracting(x -> x.outcome().failedAttempts())
            .isEqualTo(retry + 1);
      }
      OfferPresentation done = f.service.retryPendingFulfilments().get(0);
      assertThat(done.status()).isEqualTo(OfferStatus.FULFILLED);
      assertThat(done.outcome().failedAttempts()).isEqualTo(failures);
      assertThat(f.service.retryPendingFulfilments()).isEmpty();
      assertThat(f.service.accept(p.id())).isEqualTo(done);
      assertThat(changes.real.applied()).hasSize(1);
      assertThat(changes.real.applied().get(0).idempotencyKey()).isEqualTo(p.id().value());
      assertThat(f.events.published(OfferFulfilled.class)).hasSize(1);
    }
  }

  @Test
  void aReplayedAcceptanceRetriesAPendingFulfilment() {
    FlakyChanges changes = new FlakyChanges(1);
    OfferFixture f = new OfferFixture(changes);
    OfferPresentation p = f.service.present(f.team("acct-1"), "crm-pro-upgrade");
    assertThat(f.service.accept(p.id()).status()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(f.service.accept(p.id()).status()).isEqualTo(OfferStatus.FULFILLED);
    assertThat(changes.real.applied()).hasSize(1);
  }

  @Test
  void anOrderStoreThatFailsRollsBackTheOrderAndKeepsTheAcceptance() {
    AtomicInteger failing = new AtomicInteger(2);
    InMemoryOrderRepository real = new InMemoryOrderRepository();
    OrderRepository orders =
        TestPorts.failingSaves(
            OrderRepository.class, real, () -> failing.getAndDecrement() > 0, "orders down");
    OfferFixture f = new OfferFixture(new InMemorySubscriptionChanges(), null, orders);
    AccountId a = f.team("acct-1");
    OfferPresentation p = f.service.present(a, "support-plus");

    assertThat(f.service.accept(p.id()).status()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(real.findAll()).isEmpty();
    assertThat(f.service.retryPendingFulfilments().get(0).status()).isEqualTo(OfferStatus.ACCEPTED);
    assertThat(real.findAll()).isEmpty();
    OfferPresentation done = f.service.retryPendingFulfilments().get(0);
    assertThat(done.status()).isEqualTo(OfferStatus.FULFILLED);
    assertThat(real.findAll())
        .singleElement()
        .satisfies(o -> assertThat(o.id().value()).isEqualTo(done.outcome().reference()));
  }

  @Test
  void aHistoryThatFailsAtTheNthSaveLosesNothingAndDuplicatesNothing() {
    for (int n = 1; n <= 4; n++) {
      AtomicInteger saves = new AtomicInteger();
      int failAt = n;
      OfferFixture[] box = new OfferFixture[1];
      OfferHistory history =
          TestPorts.failingSaves(
              OfferHistory.class,
              new dev.revops.sales.port.memory.InMemoryOfferHistory(),
              () -> saves.incrementAndGet() == failAt,
              "history down");
      box[0] = new OfferFixture(new InMemorySubscriptionChanges(), history, null);
      OfferFixture f = box[0];
      AccountId a = f.team("acct-1");
      // save 1: present; save 2: accept; save 3: fulfil (with the order); 4: none
      OfferPresentation p;
      if (n == 1) {
        assertThatThrownBy(() -> f.service.present(a, "support-plus"))
            .hasMessageContaining("history down");
        assertThat(history.findAll()).isEmpty();
        p = f.service.present(a, "support-plus");
      } else {
        p = f.service.present(a, "support-plus");
      }
      try {
        f.service.accept(p.id());
      } catch (IllegalStateException e) {
        assertThat(e).hasMessageContaining("history down");
      }
      OfferStatus afterFault = history.get(p.id()).status();
      // an order exists only with a fulfilled presentation, never without
      assertThat(f.ordersOf(a)).hasSize(afterFault == OfferStatus.FULFILLED ? 1 : 0);
      // replaying the acceptance completes it, once
      OfferPresentation done = f.service.accept(p.id());
      assertThat(done.status()).as("fault at save %d", n).isEqualTo(OfferStatus.FULFILLED);
      assertThat(f.ordersOf(a)).as("fault at save %d", n).hasSize(1);
      assertThat(f.events.published(OfferFulfilled.class)).hasSize(1);
      assertThat(f.events.published(OfferAccepted.class)).hasSize(1);
    }
  }
}
