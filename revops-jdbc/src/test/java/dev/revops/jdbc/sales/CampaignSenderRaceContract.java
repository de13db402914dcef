package dev.revops.jdbc.sales;

import static dev.revops.jdbc.sales.JdbcCampaignFixture.MONDAY_NOON;
import static dev.revops.jdbc.sales.JdbcCampaignFixture.NEW_YORK;
import static dev.revops.jdbc.sales.JdbcCampaignFixture.oneEmail;
import static dev.revops.jdbc.sales.JdbcCampaignFixture.people;
import static dev.revops.jdbc.sales.JdbcCampaignFixture.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.concurrency.StartGate;
import dev.revops.core.id.ContactId;
import dev.revops.core.port.Page;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.CampaignSend;
import dev.revops.sales.campaign.CampaignSendStatus;
import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.marketing.FrequencyCap;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.marketing.MarketingRules;
import dev.revops.sales.marketing.MarketingSendHistory;
import dev.revops.sales.port.CampaignSendRepository;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import dev.revops.sales.service.CampaignSender;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * revops-sales' campaign sender on the JDBC stores, as several app instances: racing senders (real
 * threads behind a start gate, many rounds) send each message once and keep the frequency cap
 * across campaigns through the database's row locks; a store or the history failing mid-run, then a
 * healthy run, loses nothing and sends nothing twice, and every stored change has its outbox event.
 * {@code H2CampaignSenderRaceTest} runs it on one H2 database, {@code
 * PostgresCampaignSenderRaceTest} on two pools (two instances) over one PostgreSQL schema.
 */
abstract class CampaignSenderRaceContract {
  /** Racing senders per round. */
  static final int THREADS = 4;

  /**
   * Returns the databases of the instances (one or more; each sender takes the next).
   *
   * @return the databases, migrated, on one schema
   */
  abstract List<RevOpsDatabase> instances();

  /**
   * Returns how many rounds each race and fault test runs.
   *
   * @return the rounds
   */
  abstract int rounds();

  private ManualClock clock;

  private List<JdbcCampaignFixture.Instance> wire(FrequencyCap cap) {
    JdbcCampaignFixture.clear(instances().get(0));
    clock = new ManualClock(MONDAY_NOON, NEW_YORK);
    List<JdbcCampaignFixture.Instance> out = new ArrayList<>();
    for (RevOpsDatabase db : instances()) {
      out.add(new JdbcCampaignFixture.Instance(db, clock, cap));
    }
    return out;
  }

  @Test
  void sendersRacingOnOneCampaignSendEachMessageOnce() throws Exception {
    for (int round = 0; round < rounds(); round++) {
      List<JdbcCampaignFixture.Instance> is = wire(null);
      InMemoryCampaignChannel channel = new InMemoryCampaignChannel();
      Campaign c = running(oneEmail("race-" + round), clock.instant());
      List<CampaignRecipient> audience = people(15);
      List<CampaignSender> senders = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        senders.add(is.get(t % is.size()).sender(channel));
      }
      race(senders, s -> () -> s.sendDue(c, audience));

      String r = "round " + round;
      assertThat(channel.sent()).as(r).hasSize(15);
      assertThat(channel.sent().stream().map(m -> m.target().key()).distinct()).as(r).hasSize(15);
      JdbcCampaignStores stores = is.get(0).stores;
      List<CampaignSend> sends = stores.sends().findByCampaign(c.definition().id());
      assertThat(sends).as(r).hasSize(15);
      assertThat(sends).extracting(CampaignSend::status).containsOnly(CampaignSendStatus.DELIVERED);
      assertThat(sends).allSatisfy(s -> assertThat(s.attempts()).isEqualTo(1));
      assertThat(senders.get(0).activity(c.definition().id()))
          .filteredOn(a -> a.kind() == CampaignActivity.Kind.ALLOWED)
          .as(r)
          .hasSize(15);
      assertThat(stores.memberships().findByCampaign(c.definition().id())).as(r).hasSize(15);
      for (int p = 1; p <= 15; p++) {
        assertThat(
                stores
                    .history()
                    .sentBetween(
                        ContactId.of("c-" + p), clock.instant().minusSeconds(1), clock.instant()))
            .as("%s: contacts recorded for c-%d", r, p)
            .hasSize(1);
      }
      assertEveryChangeHasItsEvent(stores, sends);
    }
  }

  @Test
  void campaignsRacingForThePeopleKeepTheCapAcrossCampaignsAndInstances() throws Exception {
    for (int round = 0; round < rounds(); round++) {
      List<JdbcCampaignFixture.Instance> is = wire(FrequencyCap.of(1, Duration.ofDays(3)));
      InMemoryCampaignChannel channel = new InMemoryCampaignChannel();
      List<Campaign> campaigns = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        campaigns.add(running(oneEmail("cap-" + round + "-" + t), clock.instant()));
      }
      List<CampaignRecipient> audience = people(8);
      List<Integer> which = List.of(0, 1, 2, 3);
      race(
          which,
          t -> {
            CampaignSender s = is.get(t % is.size()).sender(channel);
            return () -> s.sendDue(campaigns.get(t), audience);
          });

      Map<String, Integer> perPerson = new HashMap<>();
      for (ChannelMessage m : channel.sent()) {
        perPerson.merge(m.target().contact().value(), 1, Integer::sum);
      }
      assertThat(perPerson).as("round %d", round).hasSize(8);
      assertThat(perPerson.values()).as("round %d", round).containsOnly(1);
      JdbcCampaignStores stores = is.get(0).stores;
      int deferred = 0;
      for (Campaign c : campaigns) {
        for (CampaignSend s : stores.sends().findByCampaign(c.definition().id())) {
          if (s.status() == CampaignSendStatus.DEFERRED) {
            deferred++;
            assertThat(s.activity().get(s.activity().size() - 1).rules())
                .contains(MarketingRules.FREQUENCY_CAP);
          }
        }
      }
      assertThat(deferred).as("round %d: messages held back by the cap", round).isEqualTo(24);
    }
  }

  @Test
  void aSendStoreFailingMidRunThenAHealthyRunLosesNothingAndSendsNothingTwice() {
    Random random = new Random(7);
    for (int round = 0; round < rounds(); round++) {
      List<JdbcCampaignFixture.Instance> is = wire(null);
      JdbcCampaignFixture.Instance one = is.get(0);
      InMemoryCampaignChannel channel = new InMemoryCampaignChannel();
      Campaign c = running(oneEmail("fault-" + round), clock.instant());
      List<CampaignRecipient> audience = people(10);
      // fail before the row is written, or after it (inside the unit of work: rolled back)
      FailingSends failing =
          new FailingSends(one.stores.sends(), 1 + random.nextInt(30), random.nextBoolean());
      CampaignSender broken =
          one.sender(new CampaignSender.Ports(failing, one.stores.memberships(), channel));
      try {
        broken.sendDue(c, audience);
      } catch (IllegalStateException expected) {
        assertThat(expected).hasMessageContaining("store down");
      }
      assertHealthyRunsFinish(is, channel, c, audience, "round " + round + " " + failing);
    }
  }

  @Test
  void theHistoryFailingMidRunThenAHealthyRunLosesNothingAndSendsNothingTwice() {
    Random random = new Random(13);
    for (int round = 0; round < rounds(); round++) {
      List<JdbcCampaignFixture.Instance> is = wire(FrequencyCap.of(3, Duration.ofDays(7)));
      int failOn = 1 + random.nextInt(10);
      AtomicInteger records = new AtomicInteger();
      JdbcCampaignFixture.Instance broken =
          new JdbcCampaignFixture.Instance(
              instances().get(0),
              clock,
              FrequencyCap.of(3, Duration.ofDays(7)),
              p ->
                  new MarketingGate.Ports(
                      p.exclusions(),
                      p.nationalDnc(),
                      p.companyDnc(),
                      new FailingHistory(p.history(), failOn, records)));
      InMemoryCampaignChannel channel = new InMemoryCampaignChannel();
      Campaign c = running(oneEmail("history-" + round), clock.instant());
      List<CampaignRecipient> audience = people(10);
      try {
        broken.sender(channel).sendDue(c, audience);
      } catch (IllegalStateException expected) {
        assertThat(expected).hasMessageContaining("history down");
      }
      assertThat(channel.sent()).as("sent before the failure").hasSize(failOn - 1);
      assertHealthyRunsFinish(is, channel, c, audience, "round " + round + " fail on " + failOn);
      JdbcCampaignStores stores = is.get(0).stores;
      for (int p = 1; p <= 10; p++) {
        assertThat(
                stores
                    .history()
                    .sentBetween(
                        ContactId.of("c-" + p), MONDAY_NOON.minusSeconds(1), clock.instant()))
            .as("contacts recorded for c-%d", p)
            .hasSize(1);
      }
    }
  }

  private void assertHealthyRunsFinish(
      List<JdbcCampaignFixture.Instance> is,
      InMemoryCampaignChannel channel,
      Campaign c,
      List<CampaignRecipient> audience,
      String what) {
    clock.advance(Duration.ofMinutes(2));
    CampaignSender healthy = is.get(is.size() - 1).sender(channel);
    healthy.sendDue(c, audience);
    healthy.sendDue(c, audience);

    assertThat(channel.sent().stream().map(m -> m.target().key()).distinct())
        .as(what)
        .hasSize(channel.sent().size());
    assertThat(channel.sent()).as(what).hasSize(audience.size());
    JdbcCampaignStores stores = is.get(0).stores;
    List<CampaignSend> sends = stores.sends().findByCampaign(c.definition().id());
    assertThat(sends).as(what).hasSize(audience.size());
    assertThat(sends)
        .as(what)
        .extracting(CampaignSend::status)
        .containsOnly(CampaignSendStatus.DELIVERED);
    assertEveryChangeHasItsEvent(stores, sends);
  }

  /** Each stored version of a message came with one outbox event, and no rolled-back one did. */
  private void assertEveryChangeHasItsEvent(JdbcCampaignStores stores, List<CampaignSend> sends) {
    Map<String, Long> events = new HashMap<>();
    instances()
        .get(0)
        .unitOfWork()
        .call(
            "count events",
            "revops_outbox",
            conn -> {
              try (PreparedStatement s =
                      conn.prepareStatement(
                          "SELECT aggregate_id, count(*) FROM revops_outbox"
                              + " WHERE event_class LIKE '%SendStatusChanged'"
                              + " GROUP BY aggregate_id");
                  ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  events.put(r.getString(1), r.getLong(2));
                }
              }
              return null;
            });
    assertThat(events).hasSize(sends.size());
    for (CampaignSend s : sends) {
      assertThat(events.get(s.id())).as("events of %s", s.id()).isEqualTo(s.version());
    }
  }

  private static <T> void race(List<T> parts, Function<T, Runnable> work) throws Exception {
    StartGate.race(parts, work, Duration.ofSeconds(60));
  }

  /** A send store that fails on its n-th save, before or after writing the row, then works. */
  private static final class FailingSends implements CampaignSendRepository {
    private final CampaignSendRepository delegate;
    private final int failOn;
    private final boolean afterWrite;
    private final AtomicInteger saves = new AtomicInteger();

    FailingSends(CampaignSendRepository delegate, int failOn, boolean afterWrite) {
      this.delegate = delegate;
      this.failOn = failOn;
      this.afterWrite = afterWrite;
    }

    @Override
    public Optional<CampaignSend> find(String id) {
      return delegate.find(id);
    }

    @Override
    public CampaignSend save(CampaignSend aggregate, long expectedVersion) {
      boolean fail = saves.incrementAndGet() == failOn;
      if (fail && !afterWrite) {
        throw new IllegalStateException("store down");
      }
      CampaignSend saved = delegate.save(aggregate, expectedVersion);
      if (fail) {
        throw new IllegalStateException("store down after the write");
      }
      return saved;
    }

    @Override
    public List<CampaignSend> findAll() {
      return delegate.findAll();
    }

    @Override
    public Page<CampaignSend> page(String after, int limit) {
      return delegate.page(after, limit);
    }

    @Override
    public List<CampaignSend> findByCampaign(String campaignId) {
      return delegate.findByCampaign(campaignId);
    }

    @Override
    public String toString() {
      return "failing on save " + failOn + (afterWrite ? " after the write" : " before the write");
    }
  }

  /** A history that fails on its n-th record, after writing the row (rolled back), then works. */
  private static final class FailingHistory implements MarketingSendHistory {
    private final MarketingSendHistory delegate;
    private final int failOn;
    private final AtomicInteger records;

    FailingHistory(MarketingSendHistory delegate, int failOn, AtomicInteger records) {
      this.delegate = delegate;
      this.failOn = failOn;
      this.records = records;
    }

    @Override
    public List<Instant> sentBetween(ContactId contact, Instant from, Instant until) {
      return delegate.sentBetween(contact, from, until);
    }

    @Override
    public void record(ContactId contact, Instant at) {
      delegate.record(contact, at);
      if (records.incrementAndGet() == failOn) {
        throw new IllegalStateException("history down");
      }
    }
  }
}
