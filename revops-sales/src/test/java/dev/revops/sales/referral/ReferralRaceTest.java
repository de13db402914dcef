package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralFixture.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.sales.RacePool;
import dev.revops.sales.referral.ReferralEvents.ReferralRewarded;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real threads behind a start gate replay the same payment event: one grant, every round. */
class ReferralRaceTest {
  private static final int ROUNDS = 100;
  private static final int THREADS = 8;
  private static final AccountId ANNA = account("anna");
  private static final Instant PAID = ReferralFixture.T0.plus(Duration.ofDays(2));
  @RegisterExtension static final RacePool POOL = new RacePool(THREADS);

  @Test
  void concurrentReplaysOfOneFirstInvoicePaidGrantExactlyOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      CountingRewards port = new CountingRewards();
      ReferralFixture f =
          ReferralFixture.withRewardsPort(ReferralPolicy.uncapped(ReferralFixture.CREDIT), port);
      AccountId ben = account("ben-" + round);
      Referral referral = f.refer(ANNA, "lead-" + round, ben);

      String invoice = "inv-" + round;
      POOL.race(THREADS, i -> f.service.firstInvoicePaid(ben, invoice, PAID));

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

      POOL.race(THREADS, i -> f.service.firstInvoicePaid(i % 2 == 0 ? b1 : b2, "inv", PAID));

      assertThat(port.calls()).as("round %d", round).hasSize(1);
      assertThat(f.service.referralsOf(ANNA))
          .extracting(Referral::status)
          .containsExactlyInAnyOrder(ReferralStatus.REWARDED, ReferralStatus.REJECTED);
    }
  }
}
