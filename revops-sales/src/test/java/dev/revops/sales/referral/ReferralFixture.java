package dev.revops.sales.referral;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

/** A referral service on in-memory ports, with handles on everything a test reads. */
final class ReferralFixture {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");
  static final byte[] SECRET = "a-test-secret-of-32-bytes-length".getBytes(StandardCharsets.UTF_8);
  static final Reward CREDIT = Reward.credit(Money.of("25.00", "USD"));

  final ManualClock clock = new ManualClock(T0, ZoneOffset.UTC);
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final InMemoryReferralPartyFacts facts = new InMemoryReferralPartyFacts();
  final InMemoryReferralRewards rewards;
  final ReferralPorts ports;
  final ReferralService service;

  ReferralFixture() {
    this(ReferralPolicy.uncapped(CREDIT));
  }

  ReferralFixture(ReferralPolicy policy) {
    this(policy, new InMemoryReferralRewards());
  }

  ReferralFixture(ReferralPolicy policy, InMemoryReferralRewards rewards) {
    this(policy, rewards, rewards);
  }

  private ReferralFixture(
      ReferralPolicy policy, InMemoryReferralRewards recorded, ReferralRewards port) {
    this.rewards = recorded;
    this.ports = ReferralPorts.inMemory(facts, port);
    this.service =
        ReferralService.embedded(
            ports,
            new ReferralCodes(SECRET),
            policy,
            events,
            new SequentialIdGenerator("ref"),
            clock);
  }

  /** A fixture whose reward port is the given one (the recorder stays empty). */
  static ReferralFixture withRewardsPort(ReferralPolicy policy, ReferralRewards port) {
    return new ReferralFixture(policy, new InMemoryReferralRewards(), port);
  }

  static AccountId account(String id) {
    return AccountId.of(id);
  }

  static LeadId lead(String id) {
    return LeadId.of(id);
  }

  /** Issues the referrer's code and attributes a lead linked to the referred account. */
  Referral refer(AccountId referrer, String leadId, AccountId referred) {
    ReferralCode code = service.issueCode(referrer).code();
    service.attribute(code, lead(leadId), null);
    return service.linkAccount(lead(leadId), referred).stream()
        .findFirst()
        .orElseGet(() -> ports.referrals().findByReferredLead(lead(leadId)).get(0));
  }
}
