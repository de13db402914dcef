package dev.revops.sales.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.docs.ReadmeRegions;
import dev.revops.sales.segment.Segment;
import dev.revops.sales.segment.SegmentEvaluator;
import dev.revops.sales.segment.SegmentFacts;
import dev.revops.sales.segment.SegmentLoader;
import dev.revops.sales.segment.SegmentSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's segment and campaign example, compiled and run; the README shows this region. */
class CampaignReadmeExampleTest {
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.nio", "org.junit", "dev.revops.docs");

  @Test
  void theExampleFindsTheAudienceRendersTheFirstStepAndStartsTheCampaign() {
    // readme:campaign
    Segment audience =
        SegmentLoader.create()
            .load(
                """
                {"id": "crm-pro", "name": "CRM Pro customers who log in",
                 "rule": {"all": [
                   {"attribute": "subscription.plan", "op": "eq", "value": "crm-pro"},
                   {"attribute": "usage.logins30d", "op": "gte", "value": 10}]}}
                """); // problems are named by path: $.rule.all[1].op, ...
    SegmentSource accounts = // your accounts, streamed (here two, in memory)
        each ->
            List.of(
                    SegmentFacts.of(
                        AccountId.of("acct-1"),
                        Map.of("subscription.plan", "crm-pro", "usage.logins30d", 14)),
                    SegmentFacts.of(
                        AccountId.of("acct-2"),
                        Map.of("subscription.plan", "crm-pro", "usage.logins30d", 3)))
                .forEach(each);
    List<AccountId> members =
        new SegmentEvaluator(List.of(audience)).members(accounts).get("crm-pro"); // [acct-1]

    CampaignDefinition definition =
        CampaignLoader.create()
            .load(
                """
                {"id": "analytics-upsell", "name": "Analytics for CRM Pro",
                 "goal": "subscription.addon_added", "audience": "crm-pro",
                 "sendWindow": {"from": "09:00", "until": "20:00"},
                 "steps": [
                   {"id": "mail", "channel": "EMAIL", "delayDays": 0,
                    "template": "Hi {{contact.firstName}}, {{offer.name}} is here. {{sender.name}}, {{sender.postalAddress}}. Opt out: {{unsubscribe.url}}"},
                   {"id": "call", "channel": "PHONE", "delayDays": 3,
                    "template": "Call {{contact.firstName}} about {{offer.name}}"}]}
                """); // a call window outside 08:00-21:00 is refused at $.sendWindow
    Personalisation noName =
        definition.template(0).render(Map.of("offer.name", "Analytics")); // no first name
    // noName.isComplete() is false and noName.missing() lists contact.firstName, ...: not sent

    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    Campaign campaign =
        Campaign.draft(definition).schedule(now, now, "marketing").start(now, "scheduler");
    // campaign.isSending(); every send then goes through the marketing compliance gate
    // /readme:campaign

    assertThat(members).containsExactly(AccountId.of("acct-1"));
    assertThat(noName.isComplete()).isFalse();
    assertThat(noName.missing())
        .containsExactly(
            "contact.firstName", "sender.name", "sender.postalAddress", "unsubscribe.url");
    assertThat(campaign.isSending()).isTrue();
  }

  @Test
  void theReadmeShowsTheExampleAndItsImports() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/sales/campaign/CampaignReadmeExampleTest.java"),
        "campaign",
        TEST_ONLY);
  }
}
