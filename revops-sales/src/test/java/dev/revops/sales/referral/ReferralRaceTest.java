package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralFixture.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.concurrency.StartGate;
import dev.revops.core.id.AccountId;
import dev.revops.sales.referral.ReferralEvents.ReferralRewarded;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real threads behind a start gate replay the same payment event: one grant, every round. */
class ReferralRaceTest {
  private static final int ROUNDS = 100;
  private static final int THREADS = 8;
  private static final AccountId ANNA = account("anna");
  private static final Instant PAID = ReferralFixture.T0.plus(Duration.ofDays(2));
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void concurrentReplaysOfOneFirstInvoicePaidGrantExactlyOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      CountingRewards port = new CountingRewards();
      ReferralFixture f =
          ReferralFixture.withRewardsPort(ReferralPolicy.uncapped(ReferralFixture.CREDIT), port);
      AccountId ben = account("ben-" + round);
      Referral referral = f.refer(ANNA, "lead-" + round, ben);

      String invoice = "inv-" + round;
      race(THREADS, i -> f.service.firstInvoicePaid(ben, invoice, PAID));

      assertThat(port.calls()).as("round %d", round).hasSize(1);
      assertThat(port.calls().get(0).idempotencyKey()).isEqualTo(referral.rewardIdempotencyKey());
      assertThat(f.service.find(referral.id()).orElseThrow().status())
          .isEqualTo(ReferralStatus.REWARDED);
      assertThat(f.events.published(ReferralRewarded.class)).hasSize(1);
    }
  }

  @Test
  void concurrentPaymentsOfTwoReferredAccountsNeverPassACapOfOne() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      CountingRewards port = new CountingRewards();
      ReferralFixture f =
          ReferralFixture.withRewardsPort(
              ReferralPolicy.uncapped(ReferralFixture.CREDIT).withCapTotal(1), port);
      AccountId b1 = account("b1-" + round);
      AccountId b2 = account("b2-" + round);
      f.refer(ANNA, "l1-" + round, b1);
      f.refer(ANNA, "l2-" + round, b2);

      race(THREADS, i -> f.service.firstInvoicePaid(i % 2 == 0 ? b1 : b2, "inv", PAID));

      assertThat(port.calls()).as("round %d", round).hasSize(1);
      assertThat(f.service.referralsOf(ANNA))
          .extracting(Referral::status)
          .containsExactlyInAnyOrder(ReferralStatus.REWARDED, ReferralStatus.REJECTED);
    }
  }

  private static void race(int threads, StartGate.Step step) throws Exception {
    StartGate.race(pool, threads, step, Duration.ofSeconds(30));
  }
}
