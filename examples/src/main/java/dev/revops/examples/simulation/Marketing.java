package dev.revops.examples.simulation;

import dev.revops.billing.subscription.Subscription;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.metrics.campaign.AttributedTouch;
import dev.revops.metrics.campaign.Attribution;
import dev.revops.metrics.campaign.AttributionModel;
import dev.revops.metrics.campaign.CampaignCounts;
import dev.revops.metrics.campaign.CampaignKey;
import dev.revops.metrics.campaign.CampaignMetrics;
import dev.revops.metrics.campaign.GroupOutcome;
import dev.revops.metrics.campaign.Journey;
import dev.revops.metrics.campaign.Touch;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignDefinition;
import dev.revops.sales.campaign.CampaignLoader;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.campaign.SendStatus;
import dev.revops.sales.experiment.ArmCounts;
import dev.revops.sales.experiment.Assignment;
import dev.revops.sales.experiment.ExperimentDefinition;
import dev.revops.sales.experiment.ExperimentResult;
import dev.revops.sales.experiment.SequentialTest;
import dev.revops.sales.experiment.TrafficSplit;
import dev.revops.sales.marketing.CustomerRelationship;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.marketing.MarketingPolicy;
import dev.revops.sales.marketing.MessageContent;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import dev.revops.sales.segment.Segment;
import dev.revops.sales.segment.SegmentEvaluator;
import dev.revops.sales.segment.SegmentFacts;
import dev.revops.sales.segment.SegmentLoader;
import dev.revops.sales.service.CampaignSendSettings;
import dev.revops.sales.service.CampaignSender;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The revenue-generation side of the run: an upgrade cross-sell campaign (an e-mail, then a call
 * three days later) to the customers of a segment, with an A/B test of two offers against a holdout
 * that gets nothing. The segment, the campaign and the experiment are read from JSON as a host
 * keeps them; sales' {@link CampaignSender} sends through the marketing compliance gate and a
 * simulated channel; a customer who answers an offer upgrades through billing's subscription
 * service and is converted in the campaign; the holdout upgrades at its organic rate. KPIs come
 * from revops-metrics (funnels, attribution, incrementality) and the experiment's sequential test.
 *
 * <p>Its random choices come from its own source, seeded from the run's seed, so the rest of the
 * run draws the same numbers as without it. The two offers differ in their message and in how often
 * the simulated customers take them (the shares below), not in their billing: an upgrade is billed
 * at the catalog's price. Mutable, confined to the simulation's thread.
 */
final class Marketing {
  static final String CAMPAIGN_ID = "upgrade-cross-sell";
  static final String EXPERIMENT_ID = "upgrade-offer-ab";

  /** The audience: active customers below the top tier who have been with us three months. */
  static final String SEGMENT_JSON =
      """
      {"id": "upgradable", "name": "Active customers below the top tier, 3+ months",
       "rule": {"all": [
         {"attribute": "subscription.status", "op": "eq", "value": "ACTIVE"},
         {"attribute": "subscription.tier", "op": "in", "values": ["starter", "growth"]},
         {"attribute": "account.monthsAsCustomer", "op": "gte", "value": 3}]}}
      """;

  /** The campaign: an e-mail with the offer, a call three days later. */
  static final String CAMPAIGN_JSON =
      """
      {"id": "upgrade-cross-sell", "name": "Upgrade to the next tier",
       "goal": "subscription.upgraded", "audience": "upgradable",
       "sendWindow": {"from": "09:00", "until": "20:00"},
       "steps": [
         {"id": "mail", "channel": "EMAIL", "delayDays": 0,
          "template": "Hi {{contact.firstName}}, {{offer.name}} on {{product.name}}. {{sender.name}}, {{sender.postalAddress}}. Opt out: {{unsubscribe.url}}"},
         {"id": "call", "channel": "PHONE", "delayDays": 3,
          "template": "Call {{contact.firstName}} about {{offer.name}}"}]}
      """;

  /** Days the campaign sends after its launch; it is completed after that. */
  static final int SENDING_DAYS = 10;

  /** Days after launch when the experiment is read and the KPIs are taken. */
  static final int READ_AFTER_DAYS = 45;

  /** The offers' messages, by variant. */
  static final Map<String, String> OFFERS =
      Map.of(
          "offer-a",
          "20 % off the next tier for 3 months",
          "offer-b",
          "a free month of the next tier");

  /** The share of reached customers who take each offer, and the holdout's organic upgrade rate. */
  static final Map<String, Double> TAKE_RATE =
      Map.of("offer-a", 0.09, "offer-b", 0.13, TrafficSplit.HOLDOUT, 0.03);

  private final World w;
  private final Subscriptions subscriptions;
  private final SplittableRandom random;
  private final Segment segment = SegmentLoader.create().load(SEGMENT_JSON);
  private final CampaignDefinition definition = CampaignLoader.create().load(CAMPAIGN_JSON);
  private final InMemoryCampaignChannel channel;
  private final CampaignSender sender;
  private final LocalDate launch;
  private final Map<ContactId, String> armOf = new LinkedHashMap<>();
  private final Map<ContactId, Customer> byContact = new HashMap<>();
  private final Map<ContactId, Money> upgradeValue = new LinkedHashMap<>();
  private final Set<ContactId> mailed = new HashSet<>();
  private final Set<ContactId> opened = new HashSet<>();
  private final Set<ContactId> clicked = new HashSet<>();
  private final Set<ContactId> unsubscribed = new HashSet<>();
  private final Set<ContactId> answered = new HashSet<>();
  private List<CampaignRecipient> treated = List.of();
  private ExperimentDefinition experiment;
  private Campaign campaign;
  private GrowthReport report = GrowthReport.none();

  Marketing(World w, Subscriptions subscriptions) {
    this.w = w;
    this.subscriptions = subscriptions;
    this.random = new SplittableRandom(w.config.seed() * 31 + 7);
    this.channel = new InMemoryCampaignChannel(this::answer);
    MarketingGate gate =
        new MarketingGate(
            MarketingPolicy.standard(BusinessCalendar.builder(World.HQ).build()),
            w.backend.gatePorts(),
            w.locks);
    this.sender =
        new CampaignSender(
            w.backend.campaignPorts(channel),
            gate,
            CampaignSendSettings.of(
                MessageContent.complete("1 Demo Way, Springfield, IL 62701"),
                Map.of("sender.name", "Demo SaaS", "unsubscribe.url", "https://demo.example/u")),
            w.sales.context());
    int months = w.config.months();
    this.launch = months >= 3 ? w.config.start().plusMonths(Math.min(6, months / 2)) : null;
  }

  /** The simulated channel: most e-mails arrive, about half the calls connect. */
  private SendResult answer(ChannelMessage m) {
    double r = random.nextDouble();
    if (m.target().channel() == Channel.EMAIL) {
      return SendResult.of(r < 0.03 ? SendStatus.BOUNCED : SendStatus.DELIVERED);
    }
    return r < 0.55
        ? SendResult.of(SendStatus.DELIVERED)
        : new SendResult(SendStatus.FAILED, null, "no answer");
  }

  /** Taken every day, after the bill run. */
  void day() {
    if (launch == null) {
      return;
    }
    LocalDate today = w.today;
    if (today.equals(launch)) {
      start();
    }
    if (campaign == null) {
      return;
    }
    long since = ChronoUnit.DAYS.between(launch, today);
    if (since < SENDING_DAYS) {
      sender.sendDue(campaign, treated);
      reactions();
    } else if (since == SENDING_DAYS) {
      campaign = campaign.complete(w.clock.instant(), "scheduler");
    }
    if (since == READ_AFTER_DAYS || today.equals(w.config.end().minusDays(1))) {
      if (report.launched() == null) {
        report = read();
      }
    }
  }

  GrowthReport report() {
    return report;
  }

  private void start() {
    List<SegmentFacts> facts = new ArrayList<>();
    for (Customer c : w.customers) {
      Subscription s = w.stores.subscriptions().get(c.subscription);
      long months = ChronoUnit.MONTHS.between(s.startDate(), w.today);
      facts.add(
          SegmentFacts.of(
              c.account.id(),
              Map.of(
                  "subscription.status",
                  c.cancelled ? "CANCELLING" : s.status().name(),
                  "subscription.tier",
                  World.TIERS[c.tier],
                  "account.monthsAsCustomer",
                  months)));
    }
    List<AccountId> members =
        new SegmentEvaluator(List.of(segment))
            .members(each -> facts.forEach(each))
            .get("upgradable");
    experiment =
        ExperimentDefinition.fromJson(
            """
            {"id": "%s", "audienceSize": %d,
             "split": {"variants": [{"name": "offer-a", "percent": 35},
                                    {"name": "offer-b", "percent": 35}],
                       "holdoutPercent": 30},
             "design": {"rule": "SEQUENTIAL_MSPRT", "baselineRate": 0.03,
                        "minimumDetectableEffect": 0.05, "effect": "ABSOLUTE", "alpha": 0.05}}
            """
                .formatted(EXPERIMENT_ID, Math.max(members.size(), 1)));
    List<CampaignRecipient> send = new ArrayList<>();
    for (AccountId a : members) {
      Customer c = w.byAccount.get(a);
      ContactId id = c.contact.id();
      String arm = Assignment.of(experiment, id).arm();
      armOf.put(id, arm);
      byContact.put(id, c);
      if (arm.equals(TrafficSplit.HOLDOUT)) {
        if (random.nextDouble() < TAKE_RATE.get(arm)) {
          w.schedule(w.today.plusDays(1 + random.nextInt(30)), () -> convert(c, false));
        }
      } else {
        send.add(recipient(c, arm));
      }
    }
    treated = List.copyOf(send);
    Instant now = w.clock.instant();
    campaign = Campaign.draft(definition).schedule(now, now, "marketing").start(now, "scheduler");
  }

  private CampaignRecipient recipient(Customer c, String arm) {
    Map<Channel, String> addresses = new EnumMap<>(Channel.class);
    if (!c.contact.emails().isEmpty()) {
      addresses.put(Channel.EMAIL, c.contact.emails().get(0));
    }
    if (!c.contact.phones().isEmpty()) {
      addresses.put(Channel.PHONE, c.contact.phones().get(0));
    }
    Set<ZoneId> zones =
        c.contact.zones().isEmpty() ? Set.of(c.account.timeZone()) : c.contact.zones();
    String first = c.contact.name() == null ? "" : c.contact.name().split(" ")[0];
    ContactPreferences prefs = c.preferences;
    return new CampaignRecipient(
        c.account.id(),
        prefs,
        new CampaignRecipient.Reach(zones, "US", addresses),
        // a subscriber pays every period: an established business relationship
        new CustomerRelationship(w.clock.instant(), null, Set.of(World.TIERS[c.tier]), true, null),
        Map.of(
            "contact.firstName",
            first,
            "offer.name",
            OFFERS.get(arm),
            "product.name",
            World.TIERS[Math.min(c.tier + 1, World.TIERS.length - 1)]));
  }

  /** Who opened, clicked or unsubscribed, and who takes the offer, once per person reached. */
  private void reactions() {
    for (CampaignActivity a : sender.activity(CAMPAIGN_ID)) {
      if (a.kind() != CampaignActivity.Kind.ANSWERED || a.answer() != SendStatus.DELIVERED) {
        continue;
      }
      ContactId id = a.target().contact();
      if (a.target().channel() == Channel.EMAIL && mailed.add(id)) {
        if (random.nextDouble() < 0.45) {
          opened.add(id);
          if (random.nextDouble() < 0.30) {
            clicked.add(id);
          }
        }
        if (random.nextDouble() < 0.01) {
          unsubscribed.add(id);
        }
      }
      if (answered.add(id) && random.nextDouble() < TAKE_RATE.get(armOf.get(id))) {
        Customer c = byContact.get(id);
        w.schedule(w.today.plusDays(1 + random.nextInt(14)), () -> convert(c, true));
      }
    }
  }

  private void convert(Customer c, boolean member) {
    Money before =
        w.planPrice.get(w.stores.subscriptions().get(c.subscription).segmentOn(w.today).planId());
    if (!subscriptions.upgradeNow(c)) {
      return;
    }
    Money after = w.planPrice.get(w.planFor(c.tier, c.yearly));
    Money value = after.minus(before).times(c.yearly ? 1 : 12);
    upgradeValue.put(c.contact.id(), value);
    if (member) {
      sender.convert(CAMPAIGN_ID, c.contact.id());
    }
  }

  private GrowthReport read() {
    List<CampaignActivity> log = sender.activity(CAMPAIGN_ID);
    Map<String, Set<ContactId>> sent = new TreeMap<>();
    Map<String, Set<ContactId>> delivered = new TreeMap<>();
    Map<String, Set<ContactId>> bounced = new TreeMap<>();
    Map<ContactId, List<Touch>> touches = new LinkedHashMap<>();
    Map<String, Long> heldBack = new TreeMap<>();
    for (CampaignActivity a : log) {
      ContactId id = a.target().contact();
      String arm = armOf.get(id);
      switch (a.kind()) {
        case ALLOWED -> sent.computeIfAbsent(arm, k -> new HashSet<>()).add(id);
        case ANSWERED, RESOLVED -> {
          if (a.answer() == SendStatus.DELIVERED) {
            delivered.computeIfAbsent(arm, k -> new HashSet<>()).add(id);
            touches
                .computeIfAbsent(id, k -> new ArrayList<>())
                .add(new Touch(CAMPAIGN_ID, arm, a.target().channel().name(), a.at()));
          } else if (a.answer() == SendStatus.BOUNCED) {
            bounced.computeIfAbsent(arm, k -> new HashSet<>()).add(id);
          }
        }
        case BLOCKED, DEFERRED -> {
          for (String rule : a.rules()) {
            heldBack.merge(rule, 1L, Long::sum);
          }
        }
        default -> {}
      }
    }
    Map<String, Integer> arms = new TreeMap<>();
    armOf.values().forEach(arm -> arms.merge(arm, 1, Integer::sum));
    Map<CampaignKey, CampaignCounts> counts = new TreeMap<>();
    List<ArmCounts> armCounts = new ArrayList<>();
    for (String arm : arms.keySet()) {
      long conversions =
          armOf.entrySet().stream()
              .filter(e -> e.getValue().equals(arm) && upgradeValue.containsKey(e.getKey()))
              .count();
      armCounts.add(new ArmCounts(arm, arms.get(arm), conversions));
      if (arm.equals(TrafficSplit.HOLDOUT)) {
        continue;
      }
      Set<ContactId> d = delivered.getOrDefault(arm, Set.of());
      counts.put(
          new CampaignKey(CAMPAIGN_ID, arm),
          new CampaignCounts(
              sent.getOrDefault(arm, Set.of()).size(),
              d.size(),
              bounced.getOrDefault(arm, Set.of()).stream().filter(x -> !d.contains(x)).count(),
              d.stream().filter(opened::contains).count(),
              d.stream().filter(clicked::contains).count(),
              d.stream().filter(upgradeValue::containsKey).count(),
              d.stream().filter(unsubscribed::contains).count()));
    }
    ExperimentResult ab = SequentialTest.of(experiment).evaluate(armCounts);
    List<Journey> journeys = new ArrayList<>();
    upgradeValue.forEach(
        (id, value) -> {
          if (!armOf.getOrDefault(id, TrafficSplit.HOLDOUT).equals(TrafficSplit.HOLDOUT)) {
            journeys.add(new Journey(id.value(), touches.getOrDefault(id, List.of()), value));
          }
        });
    Map<AttributionModel, Map<String, Money>> byChannel = new EnumMap<>(AttributionModel.class);
    for (AttributionModel m : AttributionModel.values()) {
      Map<String, Money> sums = new TreeMap<>();
      for (Journey j : journeys) {
        for (AttributedTouch t : Attribution.attribute(j, m)) {
          sums.merge(t.touch().channel(), t.credit(), Money::plus);
        }
      }
      byChannel.put(m, sums);
    }
    Money treatedRevenue = Money.zero(World.USD);
    Money holdoutRevenue = Money.zero(World.USD);
    long treatedConversions = 0;
    long holdoutConversions = 0;
    for (Map.Entry<ContactId, Money> e : upgradeValue.entrySet()) {
      if (TrafficSplit.HOLDOUT.equals(armOf.get(e.getKey()))) {
        holdoutRevenue = holdoutRevenue.plus(e.getValue());
        holdoutConversions++;
      } else if (armOf.containsKey(e.getKey())) {
        treatedRevenue = treatedRevenue.plus(e.getValue());
        treatedConversions++;
      }
    }
    int holdout = arms.getOrDefault(TrafficSplit.HOLDOUT, 0);
    return new GrowthReport(
        launch,
        armOf.size(),
        arms,
        CampaignMetrics.funnels(counts),
        ab,
        Attribution.revenueByVariant(journeys, AttributionModel.POSITION_BASED, World.USD),
        byChannel,
        CampaignMetrics.incrementality(
            new GroupOutcome(armOf.size() - holdout, treatedConversions, treatedRevenue),
            new GroupOutcome(holdout, holdoutConversions, holdoutRevenue)),
        heldBack);
  }
}
