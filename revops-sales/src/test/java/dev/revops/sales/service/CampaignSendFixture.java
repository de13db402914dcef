package dev.revops.sales.service;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignDefinition;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.CampaignStep;
import dev.revops.sales.campaign.SendWindow;
import dev.revops.sales.marketing.FrequencyCap;
import dev.revops.sales.marketing.MarketingComplianceConfig;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.marketing.MarketingPolicy;
import dev.revops.sales.marketing.MessageContent;
import dev.revops.sales.port.CampaignChannel;
import dev.revops.sales.port.CampaignMembershipRepository;
import dev.revops.sales.port.CampaignSendRepository;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import dev.revops.sales.port.memory.InMemoryCampaignMembershipRepository;
import dev.revops.sales.port.memory.InMemoryCampaignSendRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A campaign sender on in-memory ports with a manual clock, and the people it sends to. */
final class CampaignSendFixture {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final String POSTAL = "1 Main St, Springfield, IL 62701";
  static final Instant MONDAY_NOON = at("2026-03-02T12:00");

  final ManualClock clock = new ManualClock(MONDAY_NOON, NEW_YORK);
  final InMemoryCampaignSendRepository sends = new InMemoryCampaignSendRepository();
  final InMemoryCampaignMembershipRepository memberships =
      new InMemoryCampaignMembershipRepository();
  final InMemoryCampaignChannel channel;
  final MarketingGate.Ports gatePorts = MarketingGate.Ports.inMemory();
  final InMemoryLocks locks = new InMemoryLocks();
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final MarketingGate gate;
  final SalesContext context;
  final CampaignSendSettings settings;

  CampaignSendFixture() {
    this(new InMemoryCampaignChannel(), FrequencyCap.of(3, Duration.ofDays(7)));
  }

  CampaignSendFixture(InMemoryCampaignChannel channel, FrequencyCap cap) {
    this.channel = channel;
    MarketingComplianceConfig config = MarketingComplianceConfig.defaults();
    if (cap != null) {
      config = config.withFrequencyCap(cap);
    }
    MarketingPolicy policy = MarketingPolicy.of(config, BusinessCalendar.builder(NEW_YORK).build());
    gate = new MarketingGate(policy, gatePorts, locks);
    context = SalesContext.embedded(events, new SequentialIdGenerator("t-"), clock);
    settings =
        CampaignSendSettings.of(
            MessageContent.complete(POSTAL),
            Map.of("sender.name", "Acme", "unsubscribe.url", "https://acme.example/u"));
  }

  static Instant at(String newYorkLocal) {
    return LocalDateTime.parse(newYorkLocal).atZone(NEW_YORK).toInstant();
  }

  CampaignSender sender() {
    return sender(sends, memberships, channel);
  }

  CampaignSender sender(
      CampaignSendRepository s, CampaignMembershipRepository m, CampaignChannel c) {
    return new CampaignSender(new CampaignSender.Ports(s, m, c), gate, settings, context);
  }

  /** An e-mail on day 0, then a call on day 2, sent 09:00-20:00. */
  static CampaignDefinition emailThenCall(String id) {
    return new CampaignDefinition(
        id,
        "Cross-sell " + id,
        "order.placed",
        "customers",
        List.of(
            new CampaignStep(
                "mail", Channel.EMAIL, 0, "Hi {{contact.firstName}}, meet {{product.name}}."),
            new CampaignStep("call", Channel.PHONE, 2, "Call script for {{contact.firstName}}")),
        new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0)),
        List.of());
  }

  /** One e-mail on day 0, sent 00:00-23:59. */
  static CampaignDefinition oneEmail(String id) {
    return new CampaignDefinition(
        id,
        "Mail " + id,
        "order.placed",
        "customers",
        List.of(new CampaignStep("mail", Channel.EMAIL, 0, "Hi {{contact.firstName}}")),
        new SendWindow(LocalTime.MIDNIGHT, LocalTime.of(23, 59)),
        List.of());
  }

  Campaign running(CampaignDefinition def) {
    Instant now = clock.instant();
    return Campaign.draft(def).schedule(now, now, "test").start(now, "test");
  }

  static CampaignRecipient recipient(int n) {
    return recipient(n, ContactPreferences.none(ContactId.of("c-" + n)), Set.of(NEW_YORK));
  }

  static CampaignRecipient recipient(int n, ContactPreferences prefs, Set<ZoneId> zones) {
    Map<Channel, String> addresses = new EnumMap<>(Channel.class);
    addresses.put(Channel.EMAIL, "person" + n + "@example.com");
    addresses.put(Channel.PHONE, "+1212555" + String.format("%04d", n));
    return new CampaignRecipient(
        AccountId.of("a-" + n),
        prefs,
        new CampaignRecipient.Reach(zones, "US", addresses),
        null,
        Map.of("contact.firstName", "Pat" + n, "product.name", "Reports"));
  }

  static List<CampaignRecipient> people(int count) {
    List<CampaignRecipient> out = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      out.add(recipient(i));
    }
    return out;
  }
}
