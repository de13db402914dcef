package dev.revops.jdbc.sales;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.ManualClock;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.TestDatabases;
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
import dev.revops.sales.service.CampaignSendSettings;
import dev.revops.sales.service.CampaignSender;
import dev.revops.sales.service.SalesContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Campaign senders on the JDBC campaign stores: the campaigns, the people they go to, and one app
 * instance's wiring (its database's stores, locks, unit of work and outbox) around a shared manual
 * clock.
 */
final class JdbcCampaignFixture {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final String POSTAL = "1 Main St, Springfield, IL 62701";
  static final Instant MONDAY_NOON = at("2026-03-02T12:00");

  /** The tables a campaign world writes, children before parents. */
  static final List<String> TABLES =
      TestDatabases.join(
          List.of(
              "revops_campaign_sends",
              "revops_campaign_members",
              "revops_marketing_sends",
              "revops_do_not_call",
              "revops_marketing_exclusions"),
          TestDatabases.OUTBOX_AND_LOCKS);

  private JdbcCampaignFixture() {}

  static Instant at(String newYorkLocal) {
    return LocalDateTime.parse(newYorkLocal).atZone(NEW_YORK).toInstant();
  }

  /**
   * Empties every table a campaign world writes.
   *
   * @param db the database
   * @return the database
   */
  static RevOpsDatabase clear(RevOpsDatabase db) {
    return TestDatabases.clear(db, TABLES);
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

  static Campaign running(CampaignDefinition def, Instant now) {
    return Campaign.draft(def).schedule(now, now, "test").start(now, "test");
  }

  static String phone(int n) {
    return "+1212555" + String.format("%04d", n);
  }

  static CampaignRecipient recipient(int n) {
    Map<Channel, String> addresses = new EnumMap<>(Channel.class);
    addresses.put(Channel.EMAIL, "person" + n + "@example.com");
    addresses.put(Channel.PHONE, phone(n));
    return new CampaignRecipient(
        AccountId.of("a-" + n),
        ContactPreferences.none(ContactId.of("c-" + n)),
        new CampaignRecipient.Reach(Set.of(NEW_YORK), "US", addresses),
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

  /** One app instance: its database's stores, gate and context, on the shared clock. */
  static final class Instance {
    final RevOpsDatabase db;
    final JdbcCampaignStores stores;
    final MarketingGate gate;
    final SalesContext context;
    final CampaignSendSettings settings;

    /**
     * Wires an instance.
     *
     * @param db its database (its own pool)
     * @param clock the clock every instance reads
     * @param cap the frequency cap, or null for none
     * @param gatePorts changes the gate's ports (a failing history, say)
     */
    Instance(
        RevOpsDatabase db,
        ManualClock clock,
        FrequencyCap cap,
        UnaryOperator<MarketingGate.Ports> gatePorts) {
      this.db = db;
      this.stores = JdbcCampaignStores.of(db);
      MarketingComplianceConfig config = MarketingComplianceConfig.defaults();
      if (cap != null) {
        config = config.withFrequencyCap(cap);
      }
      MarketingPolicy policy =
          MarketingPolicy.of(config, BusinessCalendar.builder(NEW_YORK).build());
      this.gate = new MarketingGate(policy, gatePorts.apply(stores.gatePorts()), db.locks());
      this.context =
          new SalesContext(
              db.unitOfWork(), db.outbox(), db.locks(), new SequentialIdGenerator("t-"), clock);
      this.settings =
          CampaignSendSettings.of(
              MessageContent.complete(POSTAL),
              Map.of("sender.name", "Acme", "unsubscribe.url", "https://acme.example/u"));
    }

    Instance(RevOpsDatabase db, ManualClock clock, FrequencyCap cap) {
      this(db, clock, cap, UnaryOperator.identity());
    }

    CampaignSender sender(CampaignChannel channel) {
      return sender(stores.senderPorts(channel));
    }

    CampaignSender sender(CampaignSender.Ports ports) {
      return new CampaignSender(ports, gate, settings, context);
    }
  }
}
