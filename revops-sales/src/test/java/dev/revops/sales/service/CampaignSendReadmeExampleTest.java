package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.docs.ReadmeRegions;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignLoader;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.marketing.MarketingPolicy;
import dev.revops.sales.marketing.MessageContent;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import dev.revops.sales.port.memory.InMemoryCampaignMembershipRepository;
import dev.revops.sales.port.memory.InMemoryCampaignSendRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's campaign-sending example, compiled and run; the README shows this region. */
class CampaignSendReadmeExampleTest {
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.nio", "org.junit", "dev.revops.docs");

  @Test
  void theExampleSendsTheFirstStepOnceAndLogsIt() {
    // readme:campaign-send
    ZoneId newYork = ZoneId.of("America/New_York");
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T15:00:00Z"), ZoneOffset.UTC); // 10:00 NY
    MarketingGate gate =
        new MarketingGate(
            MarketingPolicy.standard(BusinessCalendar.builder(newYork).build()),
            MarketingGate.Ports.inMemory(), // do-not-call lists, exclusions, send history
            new InMemoryLocks()); // share one Locks (or one database) between app instances
    InMemoryCampaignChannel channel = new InMemoryCampaignChannel(); // your e-mail/SMS/dialer
    CampaignSender sender =
        new CampaignSender(
            new CampaignSender.Ports(
                new InMemoryCampaignSendRepository(),
                new InMemoryCampaignMembershipRepository(),
                channel),
            gate,
            CampaignSendSettings.of(
                MessageContent.complete("1 Main St, Springfield, IL 62701"),
                Map.of("sender.name", "Acme Analytics")),
            SalesContext.embedded(
                new InMemoryEventPublisher(), new SequentialIdGenerator("c-"), clock));

    Campaign campaign =
        Campaign.draft(
                CampaignLoader.create()
                    .load(
                        """
                        {"id": "welcome", "name": "Welcome", "goal": "order.placed",
                         "audience": "new-customers",
                         "sendWindow": {"from": "09:00", "until": "20:00"},
                         "steps": [{"id": "mail", "channel": "EMAIL", "delayDays": 0,
                           "template": "Hi {{contact.firstName}}, from {{sender.name}}"}]}
                        """))
            .schedule(clock.instant(), clock.instant(), "marketing")
            .start(clock.instant(), "scheduler");
    CampaignRecipient ann =
        new CampaignRecipient(
            AccountId.of("acct-1"),
            ContactPreferences.none(ContactId.of("contact-1")), // core's consent history
            new CampaignRecipient.Reach(
                Set.of(newYork), "US", Map.of(Channel.EMAIL, "ann@example.com")),
            null, // no purchase or inquiry yet
            Map.of("contact.firstName", "Ann"));

    CampaignRunReport first = sender.sendDue(campaign, List.of(ann)); // DELIVERED = 1
    CampaignRunReport again = sender.sendDue(campaign, List.of(ann)); // ALREADY_SETTLED = 1
    List<CampaignActivity> log = sender.activity("welcome"); // ALLOWED (with rule ids), ANSWERED
    // /readme:campaign-send

    assertThat(first.count(CampaignRunReport.Outcome.DELIVERED)).isEqualTo(1);
    assertThat(again.count(CampaignRunReport.Outcome.ALREADY_SETTLED)).isEqualTo(1);
    assertThat(channel.sent()).hasSize(1);
    assertThat(channel.sent().get(0).text()).isEqualTo("Hi Ann, from Acme Analytics");
    assertThat(log)
        .extracting(CampaignActivity::kind)
        .containsExactly(CampaignActivity.Kind.ALLOWED, CampaignActivity.Kind.ANSWERED);
    assertThat(log.get(0).rules()).isNotEmpty();
  }

  @Test
  void theReadmeShowsTheExampleAndItsImports() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/sales/service/CampaignSendReadmeExampleTest.java"),
        "campaign-send",
        TEST_ONLY);
  }
}
