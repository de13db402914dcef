package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.id.AccountId;
import dev.revops.sales.RacePool;
import dev.revops.sales.offer.OfferEvents.OfferFulfilled;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.port.memory.InMemorySubscriptionChanges;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real threads behind a start gate answer the same presentation at once: exactly one answer wins,
 * and the offer is fulfilled at most once (exactly once when the acceptance wins), every round.
 */
class OfferServiceRaceTest {
  private static final int ROUNDS = 200;
  private static final int THREADS = 8;
  @RegisterExtension static final RacePool POOL = new RacePool(THREADS);

  @Test
  void anAcceptanceAndADeclineOfAProductOfferRacingGiveOneOutcomeAndAtMostOneOrder()
      throws Exception {
    OfferFixture f = new OfferFixture(new InMemorySubscriptionChanges());
    for (int round = 0; round < ROUNDS; round++) {
      AccountId a = f.team("acct-" + round);
      OfferPresentation p = f.service.present(a, "support-plus");
      AtomicInteger accepted = new AtomicInteger();
      AtomicInteger declined = new AtomicInteger();
      AtomicInteger refused = new AtomicInteger();
      POOL.race(
          THREADS,
          t -> {
            try {
              if (t % 2 == 0) {
                f.service.accept(p.id());
                accepted.incrementAndGet();
              } else {
                f.service.decline(p.id());
                declined.incrementAndGet();
              }
            } catch (IllegalTransitionException e) {
              refused.incrementAndGet();
            }
          });
      OfferStatus end = f.service.find(p.id()).orElseThrow().status();
      assertThat(end).as("round %d", round).isIn(OfferStatus.FULFILLED, OfferStatus.DECLINED);
      // the losing side is refused on every call; the winning side's replays succeed
      if (end == OfferStatus.FULFILLED) {
        assertThat(accepted.get()).isEqualTo(THREADS / 2);
        assertThat(refused.get()).isEqualTo(THREADS / 2);
        assertThat(f.ordersOf(a)).as("round %d", round).hasSize(1);
      } else {
        assertThat(declined.get()).isEqualTo(THREADS / 2);
        assertThat(refused.get()).isEqualTo(THREADS / 2);
        assertThat(f.ordersOf(a)).as("round %d", round).isEmpty();
      }
      assertThat(
              f.events.published(OfferFulfilled.class).stream()
                  .filter(e -> e.presentation().equals(p.id())))
          .hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void replayedAcceptancesOfAnUpsellRacingChangeTheSubscriptionOnce() throws Exception {
    InMemorySubscriptionChanges changes = new InMemorySubscriptionChanges();
    OfferFixture f = new OfferFixture(changes);
    for (int round = 0; round < ROUNDS; round++) {
      AccountId a = f.team("acct-" + round);
      OfferPresentation p = f.service.present(a, "crm-pro-upgrade");
      POOL.race(THREADS, t -> f.service.accept(p.id()));
      assertThat(f.service.find(p.id()).orElseThrow().status()).isEqualTo(OfferStatus.FULFILLED);
      assertThat(changes.applied()).as("round %d", round).hasSize(round + 1);
    }
    assertThat(f.events.published(OfferFulfilled.class)).hasSize(ROUNDS);
  }

  @Test
  void concurrentPresentationsToOneCustomerNeverPresentTheSameOfferTwice() throws Exception {
    OfferFixture f = new OfferFixture(new InMemorySubscriptionChanges());
    for (int round = 0; round < 50; round++) {
      AccountId a = f.team("acct-" + round);
      POOL.race(THREADS, t -> f.service.presentBest(a));
      assertThat(f.service.presentationsOf(a))
          .extracting(x -> x.offer().id())
          .as("round %d", round)
          .containsExactlyInAnyOrder("crm-pro-upgrade", "support-plus");
    }
  }
}
