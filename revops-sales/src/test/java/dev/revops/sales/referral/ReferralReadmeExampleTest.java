package dev.revops.sales.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.docs.ReadmeRegions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's referral example, compiled and run; the README shows this file's marked region. */
class ReferralReadmeExampleTest {
  /** Imports the test needs but the example does not. */
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.nio", "org.junit", "dev.revops.docs", "java.util.List");

  @Test
  void theExampleRewardsAReferrerOnceHoweverOftenThePaymentIsReplayed() {
    // readme:referrals
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    InMemoryEventPublisher events = new InMemoryEventPublisher(); // or your EventPublisher
    InMemoryReferralRewards rewards = new InMemoryReferralRewards(); // or billing's credits
    ReferralService referrals =
        ReferralService.embedded(
            ReferralPorts.inMemory(new InMemoryReferralPartyFacts(), rewards), // or your ports
            new ReferralCodes("from-your-config-16-bytes+".getBytes(StandardCharsets.UTF_8)),
            ReferralPolicy.uncapped(Reward.credit(Money.of("25.00", "USD")))
                .withCapPerPeriod(5, Duration.ofDays(30))
                .withCapTotal(50),
            events,
            new SequentialIdGenerator("ref"),
            clock);

    AccountId anna = AccountId.of("acct-anna");
    ReferralCode code = referrals.issueCode(anna).code(); // the same code on every call
    // a lead captured with LeadSource.REFERRAL and the code as referredBy: attribute(lead)
    Referral r = referrals.attribute(code, LeadId.of("lead-ben"), null); // ATTRIBUTED
    AccountId ben = AccountId.of("acct-ben");
    referrals.linkAccount(LeadId.of("lead-ben"), ben); // when the lead converts
    Instant paidAt = clock.instant().plus(Duration.ofDays(14));
    referrals.firstInvoicePaid(ben, "inv-1", paidAt); // QUALIFIED, then REWARDED once
    referrals.firstInvoicePaid(ben, "inv-1", paidAt); // a replay: nothing more
    // /readme:referrals

    assertThat(r.status()).isEqualTo(ReferralStatus.ATTRIBUTED);
    assertThat(referrals.find(r.id()).orElseThrow().status()).isEqualTo(ReferralStatus.REWARDED);
    assertThat(rewards.calls()).as("a replay does not even ask").isEqualTo(1);
    assertThat(rewards.grants()).hasSize(1);
    assertThat(rewards.grants().get(0).idempotencyKey()).isEqualTo("referral-reward:ref-1");
  }

  @Test
  void theReadmeShowsTheExample() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/sales/referral/ReferralReadmeExampleTest.java"),
        "referrals",
        TEST_ONLY);
  }
}
