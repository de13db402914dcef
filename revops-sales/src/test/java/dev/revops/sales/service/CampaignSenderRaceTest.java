package dev.revops.sales.service;

import static dev.revops.sales.service.CampaignSendFixture.oneEmail;
import static dev.revops.sales.service.CampaignSendFixture.people;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.concurrency.StartGate;
import dev.revops.core.port.Page;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.CampaignSend;
import dev.revops.sales.campaign.CampaignSendStatus;
import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.marketing.FrequencyCap;
import dev.revops.sales.port.CampaignChannel;
import dev.revops.sales.port.CampaignSendRepository;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import java.time.Duration;
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
 * Several instances of the application sending the same campaigns at once, and sends interrupted by
 * failing ports: no message goes out twice, none is lost, the frequency cap holds.
 */
class CampaignSenderRaceTest {
  private static final int ROUNDS = 40;
  private static final int THREADS = 4;

  @Test
  void instancesRacingOnOneCampaignSendEachMessageOnce() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      CampaignSendFixture f = new CampaignSendFixture(new InMemoryCampaignChannel(), null);
      Campaign c = f.running(oneEmail("race-" + round));
      List<CampaignRecipient> audience = people(25);
      List<CampaignSender> instances = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        instances.add(f.sender());
      }
      race(instances, s -> () -> s.sendDue(c, audience));

      assertThat(f.channel.sent()).hasSize(25);
      assertThat(f.channel.sent().stream().map(m -> m.target().key()).distinct()).hasSize(25);
      List<CampaignActivity> log = f.sender().activity(c.definition().id());
      assertThat(log).filteredOn(a -> a.kind() == CampaignActivity.Kind.ALLOWED).hasSize(25);
      assertThat(f.sends.findAll())
          .extracting(CampaignSend::status)
          .containsOnly(CampaignSendStatus.DELIVERED);
    }
  }

  @Test
  void campaignsRacingForThePeopleKeepTheCapAcrossCampaigns() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      CampaignSendFixture f =
          new CampaignSendFixture(
              new InMemoryCampaignChannel(), FrequencyCap.of(1, Duration.ofDays(3)));
      List<Campaign> campaigns = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        campaigns.add(f.running(oneEmail("cap-" + round + "-" + t)));
      }
      List<CampaignRecipient> audience = people(10);
      List<Integer> which = List.of(0, 1, 2, 3);
      race(which, t -> () -> f.sender().sendDue(campaigns.get(t), audience));

      Map<String, Integer> perPerson = new HashMap<>();
      for (ChannelMessage m : f.channel.sent()) {
        perPerson.merge(m.target().contact().value(), 1, Integer::sum);
      }
      assertThat(perPerson).hasSize(10);
      assertThat(perPerson.values()).containsOnly(1);
    }
  }

  @Test
  void aStoreThatFailsMidRunLosesNothingAndSendsNothingTwice() {
    Random random = new Random(7);
    failOnceThenRecover(
        "fault-",
        (f, c, audience) -> {
          FailingSends failing = new FailingSends(f.sends, 1 + random.nextInt(30));
          CampaignSender broken = f.sender(failing, f.memberships, f.channel);
          try {
            broken.sendDue(c, audience);
          } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("store down");
          }
        });
  }

  @Test
  void aChannelThatFailsMidRunLosesNothingAndSendsNothingTwice() {
    Random random = new Random(11);
    failOnceThenRecover(
        "chan-",
        (f, c, audience) -> {
          int failAt = random.nextInt(12);
          boolean afterDelivery = random.nextBoolean();
          AtomicInteger calls = new AtomicInteger();
          CampaignChannel flaky =
              new CampaignChannel() {
                @Override
                public SendResult send(ChannelMessage message) {
                  if (calls.getAndIncrement() == failAt) {
                    if (afterDelivery) {
                      f.channel.send(message);
                    }
                    throw new IllegalStateException("timeout");
                  }
                  return f.channel.send(message);
                }

                @Override
                public Optional<SendResult> lookup(String key) {
                  return f.channel.lookup(key);
                }
              };
          f.sender(f.sends, f.memberships, flaky).sendDue(c, audience);
        });
  }

  /** A first run over a campaign for twelve people that fails part-way. */
  private interface FailingRun {
    void run(CampaignSendFixture f, Campaign c, List<CampaignRecipient> audience);
  }

  /**
   * {@link #ROUNDS} rounds, each on a fresh fixture with its own campaign ({@code prefix} and the
   * round's number) for twelve people: the failing run, then the recovery.
   */
  private static void failOnceThenRecover(String prefix, FailingRun failing) {
    for (int round = 0; round < ROUNDS; round++) {
      CampaignSendFixture f = new CampaignSendFixture(new InMemoryCampaignChannel(), null);
      Campaign c = f.running(oneEmail(prefix + round));
      List<CampaignRecipient> audience = people(12);
      failing.run(f, c, audience);
      recoversWithEachOfTwelveDeliveredOnce(f, c, audience);
    }
  }

  /**
   * Two minutes after a failure a healthy sender runs the campaign twice: each of the twelve people
   * is then sent one message, under its own key, and every send is delivered.
   */
  private static void recoversWithEachOfTwelveDeliveredOnce(
      CampaignSendFixture f, Campaign c, List<CampaignRecipient> audience) {
    f.clock.advance(Duration.ofMinutes(2));
    CampaignSender healthy = f.sender();
    healthy.sendDue(c, audience);
    healthy.sendDue(c, audience);

    assertThat(f.channel.sent()).hasSize(12);
    assertThat(f.channel.sent().stream().map(m -> m.target().key()).distinct()).hasSize(12);
    assertThat(f.sends.findAll()).hasSize(12);
    assertThat(f.sends.findAll())
        .extracting(CampaignSend::status)
        .containsOnly(CampaignSendStatus.DELIVERED);
  }

  private static <T> void race(List<T> parts, Function<T, Runnable> work) throws Exception {
    StartGate.race(parts, work, Duration.ofSeconds(30));
  }

  /** A send store that fails on its n-th save, then works again. */
  private static final class FailingSends implements CampaignSendRepository {
    private final CampaignSendRepository delegate;
    private final int failOn;
    private final AtomicInteger saves = new AtomicInteger();

    FailingSends(CampaignSendRepository delegate, int failOn) {
      this.delegate = delegate;
      this.failOn = failOn;
    }

    @Override
    public Optional<CampaignSend> find(String id) {
      return delegate.find(id);
    }

    @Override
    public CampaignSend save(CampaignSend aggregate, long expectedVersion) {
      if (saves.incrementAndGet() == failOn) {
        throw new IllegalStateException("store down");
      }
      return delegate.save(aggregate, expectedVersion);
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
  }
}
