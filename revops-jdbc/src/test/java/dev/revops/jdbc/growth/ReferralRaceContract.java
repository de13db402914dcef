package dev.revops.jdbc.growth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.concurrency.StartGate;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.sales.JdbcReferralStores;
import dev.revops.sales.referral.InMemoryReferralPartyFacts;
import dev.revops.sales.referral.InMemoryReferralRewards;
import dev.revops.sales.referral.IssuedCode;
import dev.revops.sales.referral.Referral;
import dev.revops.sales.referral.ReferralId;
import dev.revops.sales.referral.ReferralPolicy;
import dev.revops.sales.referral.ReferralRules;
import dev.revops.sales.referral.ReferralService;
import dev.revops.sales.referral.ReferralStatus;
import dev.revops.sales.referral.Reward;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link ReferralService} on the JDBC referral stores, raced from several app instances: each
 * instance has its own database object (on PostgreSQL its own pool), stores, unit of work, outbox,
 * locks and id prefix; they share the schema, the host's party facts and the rewards ledger. Real
 * threads behind a start gate, round after round: concurrent issues of one account's code give one
 * code; concurrent attributions of one lead with two referrers' codes give exactly two referrals
 * (one per code, every thread of a code sees the same one), exactly one of them alive and the other
 * rejected as already referred, each with one event in the outbox; concurrent replays of the
 * referred customer's first payment grant the reward once.
 */
abstract class ReferralRaceContract {
  private static final int THREADS = 4;
  private static final Reward CREDIT = Reward.credit(Money.of("25.00", "USD"));

  /**
   * Returns the app instances, sharing one schema.
   *
   * @return one database object per instance, migrated
   */
  abstract List<RevOpsDatabase> instances();

  /**
   * Returns how many rounds to race.
   *
   * @return the rounds
   */
  abstract int rounds();

  @Test
  void codesAttributionsAndRewardsHappenOnceAcrossInstances() throws Exception {
    List<RevOpsDatabase> dbs = instances();
    GrowthFixtures.clear(dbs.get(0));
    InMemoryReferralPartyFacts facts = new InMemoryReferralPartyFacts();
    InMemoryReferralRewards rewards = new InMemoryReferralRewards();
    List<ReferralService> services = new ArrayList<>();
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    for (int k = 0; k < dbs.size(); k++) {
      RevOpsDatabase db = dbs.get(k);
      services.add(
          new ReferralService(
              JdbcReferralStores.of(db).referralPorts(facts, rewards),
              GrowthFixtures.CODES,
              ReferralPolicy.uncapped(CREDIT),
              db.unitOfWork(),
              db.outbox(),
              db.locks(),
              new SequentialIdGenerator("i" + k + "-ref"),
              clock));
    }
    JdbcReferralStores reader = JdbcReferralStores.of(dbs.get(0));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < rounds(); round++) {
        String as = "round " + round;
        AccountId anna = AccountId.of("anna-" + round);
        AccountId bob = AccountId.of("bob-" + round);
        AccountId ben = AccountId.of("ben-" + round);
        LeadId lead = LeadId.of("lead-" + round);

        // every thread issues a code, two threads per account, spread over the instances
        Map<Integer, IssuedCode> issued = new ConcurrentHashMap<>();
        StartGate.race(
            pool,
            THREADS,
            t -> issued.put(t, service(services, t).issueCode(t / 2 == 0 ? anna : bob)),
            Duration.ofSeconds(30));
        assertThat(issued.get(0)).as(as).isEqualTo(issued.get(1));
        assertThat(issued.get(2)).as(as).isEqualTo(issued.get(3));
        assertThat(reader.codes().find(anna)).as(as).contains(issued.get(0));
        assertThat(reader.codes().find(bob)).as(as).contains(issued.get(2));

        // one lead, two referrers' codes, each code from both instances at once
        Map<Integer, Referral> attributed = new ConcurrentHashMap<>();
        StartGate.race(
            pool,
            THREADS,
            t ->
                attributed.put(
                    t, service(services, t).attribute(issued.get(t / 2 * 2).code(), lead, null)),
            Duration.ofSeconds(30));
        List<Referral> ofLead = reader.referrals().findByReferredLead(lead);
        assertThat(ofLead).as(as).hasSize(2);
        assertThat(attributed.get(0).id()).as(as).isEqualTo(attributed.get(1).id());
        assertThat(attributed.get(2).id()).as(as).isEqualTo(attributed.get(3).id());
        assertThat(ofLead)
            .as(as)
            .extracting(Referral::status)
            .containsExactlyInAnyOrder(ReferralStatus.ATTRIBUTED, ReferralStatus.REJECTED);
        Referral rejected =
            ofLead.stream().filter(r -> r.status() == ReferralStatus.REJECTED).findFirst().get();
        assertThat(rejected.rejection().ruleId()).isEqualTo(ReferralRules.ALREADY_REFERRED);
        Referral alive =
            ofLead.stream().filter(r -> r.status() == ReferralStatus.ATTRIBUTED).findFirst().get();

        // the referred customer pays: every instance replays the payment event at once
        services.get(0).linkAccount(lead, ben);
        clock.advance(Duration.ofHours(1));
        Instant paid = clock.instant();
        String invoice = "inv-" + round;
        StartGate.race(
            pool,
            THREADS,
            t -> service(services, t).firstInvoicePaid(ben, invoice, paid),
            Duration.ofSeconds(30));
        Referral done = reader.referrals().get(alive.id());
        assertThat(done.status()).as(as).isEqualTo(ReferralStatus.REWARDED);
        assertThat(rewards.grants().stream().filter(g -> g.referral().equals(alive.id())))
            .as(as)
            .hasSize(1);
        assertThat(reader.referrals().findByReferredAccount(ben)).as(as).containsExactly(done);
        Map<String, Integer> events = eventsOf(dbs.get(0), List.of(rejected.id(), alive.id()));
        assertThat(events.get(rejected.id().value())).as(as + " rejected's events").isEqualTo(1);
        assertThat(events.get(alive.id().value()))
            .as(as + " attributed, qualified, rewarded")
            .isEqualTo(3);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(rewards.grants()).hasSize(rounds());
  }

  private static ReferralService service(List<ReferralService> services, int thread) {
    return services.get(thread % services.size());
  }

  private static Map<String, Integer> eventsOf(RevOpsDatabase db, List<ReferralId> ids) {
    return db.unitOfWork()
        .call(
            "read",
            "revops_outbox",
            c -> {
              Map<String, Integer> out = new HashMap<>();
              try (PreparedStatement s =
                  c.prepareStatement("SELECT count(*) FROM revops_outbox WHERE aggregate_id = ?")) {
                for (ReferralId id : ids) {
                  s.setString(1, id.value());
                  try (ResultSet r = s.executeQuery()) {
                    r.next();
                    out.put(id.value(), r.getInt(1));
                  }
                }
              }
              return out;
            });
  }
}
