package dev.revops.sales.service;

import static dev.revops.sales.service.CampaignSendFixture.at;
import static dev.revops.sales.service.CampaignSendFixture.emailThenCall;
import static dev.revops.sales.service.CampaignSendFixture.oneEmail;
import static dev.revops.sales.service.CampaignSendFixture.people;
import static dev.revops.sales.service.CampaignSendFixture.recipient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.ContactId;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignActivity;
import dev.revops.sales.campaign.CampaignActivity.Kind;
import dev.revops.sales.campaign.CampaignDefinition;
import dev.revops.sales.campaign.CampaignEvents.SendStatusChanged;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.CampaignSendStatus;
import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.campaign.SendStatus;
import dev.revops.sales.campaign.SendTarget;
import dev.revops.sales.marketing.FrequencyCap;
import dev.revops.sales.marketing.MarketingRules;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import dev.revops.sales.service.CampaignRunReport.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The campaign send loop: due steps, windows, rules, the channel's answers, the activity log. */
class CampaignSenderTest {
  @Test
  void sendsEachStepWhenItsDelayHasPassedAndOnlyOnce() {
    CampaignSendFixture f = new CampaignSendFixture();
    CampaignSender sender = f.sender();
    Campaign c = f.running(emailThenCall("x-1"));
    List<CampaignRecipient> audience = people(3);

    CampaignRunReport first = sender.sendDue(c, audience);
    assertThat(first.count(Outcome.ENTERED)).isEqualTo(3);
    assertThat(first.count(Outcome.DELIVERED)).isEqualTo(3);
    assertThat(first.count(Outcome.NOT_DUE)).isEqualTo(3);
    assertThat(f.channel.sent()).extracting(m -> m.target().channel()).containsOnly(Channel.EMAIL);
    assertThat(f.channel.sent().get(0).text()).isEqualTo("Hi Pat1, meet Reports.");
    assertThat(f.channel.sent().get(0).idempotencyKey()).isEqualTo("x-1/mail/c-1#1");

    CampaignRunReport again = sender.sendDue(c, audience);
    assertThat(again.count(Outcome.ALREADY_SETTLED)).isEqualTo(3);
    assertThat(again.count(Outcome.ENTERED)).isZero();
    assertThat(f.channel.sent()).hasSize(3);

    f.clock.advance(Duration.ofDays(2));
    CampaignRunReport third = sender.sendDue(c, audience);
    assertThat(third.count(Outcome.DELIVERED)).isEqualTo(3);
    assertThat(f.channel.sent()).hasSize(6);
    assertThat(f.channel.sent().subList(3, 6))
        .extracting(m -> m.target().channel())
        .containsOnly(Channel.PHONE);
    assertThat(f.events.published()).hasAtLeastOneElementOfType(SendStatusChanged.class);
  }

  @Test
  void nothingGoesOutOutsideTheWindowInAnyPlausibleZone() {
    CampaignSendFixture f = new CampaignSendFixture();
    f.clock.setInstant(at("2026-03-03T10:30"));
    CampaignSender sender = f.sender();
    Campaign c = f.running(emailThenCall("x-2"));
    CampaignRecipient eastOnly = recipient(1);
    CampaignRecipient maybeWest =
        recipient(
            2,
            ContactPreferences.none(ContactId.of("c-2")),
            Set.of(CampaignSendFixture.NEW_YORK, CampaignSendFixture.LOS_ANGELES));

    CampaignRunReport r = sender.sendDue(c, List.of(eastOnly, maybeWest));

    // 10:30 in New York is 07:30 in Los Angeles, before the 09:00 window.
    assertThat(r.count(Outcome.DELIVERED)).isEqualTo(1);
    assertThat(r.count(Outcome.OUTSIDE_WINDOW)).isEqualTo(1);
    assertThat(f.channel.sent())
        .extracting(m -> m.target().contact().value())
        .containsExactly("c-1");
    assertThat(sender.find(new SendTarget("x-2", "mail", ContactId.of("c-2"), Channel.EMAIL)))
        .isEmpty();

    f.clock.setInstant(at("2026-03-03T12:30"));
    assertThat(sender.sendDue(c, List.of(eastOnly, maybeWest)).count(Outcome.DELIVERED))
        .isEqualTo(1);
    assertThat(f.channel.sent()).hasSize(2);
  }

  @Test
  void aMissingTokenBlocksTheMessageBeforeAnyRuleOrChannelSeesIt() {
    CampaignSendFixture f = new CampaignSendFixture();
    CampaignSender sender = f.sender();
    Campaign c = f.running(oneEmail("x-3"));
    CampaignRecipient noName =
        new CampaignRecipient(
            recipient(1).account(),
            recipient(1).contact(),
            recipient(1).reach(),
            null,
            Map.of("product.name", "Reports"));

    CampaignRunReport r = sender.sendDue(c, List.of(noName));

    assertThat(r.count(Outcome.BLOCKED)).isEqualTo(1);
    assertThat(f.channel.sent()).isEmpty();
    List<CampaignActivity> log = sender.activity("x-3");
    assertThat(log).hasSize(1);
    assertThat(log.get(0).kind()).isEqualTo(Kind.BLOCKED);
    assertThat(log.get(0).rules()).containsExactly(CampaignSender.TEMPLATE_RULE);
    assertThat(log.get(0).detail()).contains("contact.firstName");
    assertThat(sender.sendDue(c, List.of(noName)).count(Outcome.ALREADY_SETTLED)).isEqualTo(1);
  }

  @Test
  void anOptedOutPersonIsBlockedForGoodWithTheRuleInTheLog() {
    CampaignSendFixture f = new CampaignSendFixture();
    CampaignSender sender = f.sender();
    Campaign c = f.running(oneEmail("x-4"));
    ContactPreferences optedOut =
        ContactPreferences.none(ContactId.of("c-1"))
            .optOut(Channel.EMAIL, "unsubscribe link", at("2026-02-01T10:00"));
    CampaignRecipient r = recipient(1, optedOut, Set.of(CampaignSendFixture.NEW_YORK));

    assertThat(sender.sendDue(c, List.of(r)).count(Outcome.BLOCKED)).isEqualTo(1);
    assertThat(f.channel.sent()).isEmpty();
    CampaignActivity entry = sender.activity("x-4").get(0);
    assertThat(entry.kind()).isEqualTo(Kind.BLOCKED);
    assertThat(entry.rules()).contains(MarketingRules.EMAIL_OPT_OUT);
    f.clock.advance(Duration.ofDays(1));
    assertThat(sender.sendDue(c, List.of(r)).count(Outcome.ALREADY_SETTLED)).isEqualTo(1);
    assertThat(f.channel.sent()).isEmpty();
  }

  @Test
  void theFrequencyCapAcrossCampaignsDefersAndTheDeferralIsLoggedOnce() {
    CampaignSendFixture f =
        new CampaignSendFixture(
            new InMemoryCampaignChannel(), FrequencyCap.of(1, Duration.ofDays(3)));
    CampaignSender sender = f.sender();
    Campaign first = f.running(oneEmail("cap-1"));
    Campaign second = f.running(oneEmail("cap-2"));
    List<CampaignRecipient> audience = people(2);

    assertThat(sender.sendDue(first, audience).count(Outcome.DELIVERED)).isEqualTo(2);
    assertThat(sender.sendDue(second, audience).count(Outcome.DEFERRED)).isEqualTo(2);
    f.clock.advance(Duration.ofHours(1));
    assertThat(sender.sendDue(second, audience).count(Outcome.DEFERRED)).isEqualTo(2);
    List<CampaignActivity> log = sender.activity("cap-2");
    assertThat(log).hasSize(2).allMatch(a -> a.kind() == Kind.DEFERRED);
    assertThat(log.get(0).rules()).containsExactly(MarketingRules.FREQUENCY_CAP);

    f.clock.advance(Duration.ofDays(3));
    assertThat(sender.sendDue(second, audience).count(Outcome.DELIVERED)).isEqualTo(2);
    assertThat(f.channel.sent()).hasSize(4);
    assertThat(sender.activity("cap-2"))
        .extracting(CampaignActivity::kind)
        .containsExactly(
            Kind.DEFERRED, Kind.DEFERRED, Kind.ALLOWED, Kind.ANSWERED, Kind.ALLOWED, Kind.ANSWERED);
  }

  @Test
  void anUnknownAnswerIsLookedUpBeforeAnythingIsSentAgain() {
    InMemoryCampaignChannel channel =
        new InMemoryCampaignChannel(m -> SendResult.of(SendStatus.UNKNOWN));
    CampaignSendFixture f = new CampaignSendFixture(channel, null);
    CampaignSender sender = f.sender();
    Campaign c = f.running(oneEmail("u-1"));
    List<CampaignRecipient> audience = people(1);

    assertThat(sender.sendDue(c, audience).count(Outcome.UNKNOWN)).isEqualTo(1);
    assertThat(sender.sendDue(c, audience).count(Outcome.IN_FLIGHT)).isEqualTo(1);
    f.clock.advance(Duration.ofMinutes(2));
    assertThat(sender.sendDue(c, audience).count(Outcome.UNKNOWN)).isEqualTo(1);
    channel.report("u-1/mail/c-1#1", SendResult.of(SendStatus.DELIVERED));
    f.clock.advance(Duration.ofMinutes(2));
    assertThat(sender.sendDue(c, audience).count(Outcome.DELIVERED)).isEqualTo(1);

    assertThat(channel.sent()).hasSize(1);
    assertThat(sender.activity("u-1"))
        .extracting(CampaignActivity::kind)
        .containsExactly(Kind.ALLOWED, Kind.ANSWERED, Kind.RESOLVED);
  }

  @Test
  void aChannelThatThrowsLeavesTheAttemptToALookupAndTheRetryReusesItsKey() {
    AtomicInteger calls = new AtomicInteger();
    InMemoryCampaignChannel delivering = new InMemoryCampaignChannel();
    dev.revops.sales.port.CampaignChannel flaky =
        new dev.revops.sales.port.CampaignChannel() {
          @Override
          public SendResult send(ChannelMessage message) {
            if (calls.getAndIncrement() == 0) {
              throw new IllegalStateException("connection reset");
            }
            return delivering.send(message);
          }

          @Override
          public java.util.Optional<SendResult> lookup(String key) {
            return delivering.lookup(key);
          }
        };
    CampaignSendFixture f = new CampaignSendFixture(delivering, null);
    CampaignSender sender = f.sender(f.sends, f.memberships, flaky);
    Campaign c = f.running(oneEmail("t-1"));
    List<CampaignRecipient> audience = people(1);

    assertThat(sender.sendDue(c, audience).count(Outcome.UNKNOWN)).isEqualTo(1);
    f.clock.advance(Duration.ofMinutes(2));
    // The lookup finds the channel never got it: decided again, then sent under the same key.
    assertThat(sender.sendDue(c, audience).count(Outcome.DEFERRED)).isEqualTo(1);
    assertThat(sender.sendDue(c, audience).count(Outcome.DELIVERED)).isEqualTo(1);
    assertThat(delivering.sent())
        .extracting(ChannelMessage::idempotencyKey)
        .containsExactly("t-1/mail/c-1#1");
    assertThat(sender.activity("t-1"))
        .extracting(CampaignActivity::kind)
        .containsExactly(
            Kind.ALLOWED, Kind.ANSWERED, Kind.NOT_RECEIVED, Kind.ALLOWED, Kind.ANSWERED);
  }

  @Test
  void aFailedAttemptIsRetriedWithANewKeyUntilTheLastAttempt() {
    InMemoryCampaignChannel channel =
        new InMemoryCampaignChannel(m -> new SendResult(SendStatus.FAILED, null, "421"));
    CampaignSendFixture f = new CampaignSendFixture(channel, null);
    CampaignSender sender = f.sender();
    Campaign c = f.running(oneEmail("r-1"));
    List<CampaignRecipient> audience = people(1);

    assertThat(sender.sendDue(c, audience).count(Outcome.FAILED)).isEqualTo(1);
    assertThat(sender.sendDue(c, audience).count(Outcome.FAILED)).isEqualTo(1);
    assertThat(sender.sendDue(c, audience).count(Outcome.GAVE_UP)).isEqualTo(1);
    assertThat(sender.sendDue(c, audience).count(Outcome.ALREADY_SETTLED)).isEqualTo(1);
    assertThat(channel.sent())
        .extracting(ChannelMessage::idempotencyKey)
        .containsExactly("r-1/mail/c-1#1", "r-1/mail/c-1#2", "r-1/mail/c-1#3");
    assertThat(sender.find(new SendTarget("r-1", "mail", ContactId.of("c-1"), Channel.EMAIL)))
        .get()
        .satisfies(s -> assertThat(s.status()).isEqualTo(CampaignSendStatus.GAVE_UP));
  }

  @Test
  void aBounceIsFinal() {
    InMemoryCampaignChannel channel =
        new InMemoryCampaignChannel(m -> new SendResult(SendStatus.BOUNCED, "p-9", "550"));
    CampaignSendFixture f = new CampaignSendFixture(channel, null);
    CampaignSender sender = f.sender();
    Campaign c = f.running(oneEmail("b-1"));
    assertThat(sender.sendDue(c, people(1)).count(Outcome.BOUNCED)).isEqualTo(1);
    assertThat(sender.sendDue(c, people(1)).count(Outcome.ALREADY_SETTLED)).isEqualTo(1);
    assertThat(channel.sent()).hasSize(1);
    assertThat(sender.activity("b-1").get(1).detail()).isEqualTo("550");
  }

  @Test
  void aPersonWhoConvertedGetsNoFurtherStep() {
    CampaignSendFixture f = new CampaignSendFixture();
    CampaignSender sender = f.sender();
    Campaign c = f.running(emailThenCall("g-1"));
    List<CampaignRecipient> audience = people(2);
    sender.sendDue(c, audience);

    sender.convert("g-1", ContactId.of("c-1"));
    sender.convert("g-1", ContactId.of("c-1"));
    f.clock.advance(Duration.ofDays(2));
    CampaignRunReport r = sender.sendDue(c, audience);

    assertThat(r.count(Outcome.CONVERTED)).isEqualTo(1);
    assertThat(r.count(Outcome.DELIVERED)).isEqualTo(1);
    assertThat(f.channel.sent())
        .filteredOn(m -> m.target().channel() == Channel.PHONE)
        .extracting(m -> m.target().contact().value())
        .containsExactly("c-2");
  }

  @Test
  void aPersonWithoutAnAddressOnTheChannelIsBlockedByName() {
    CampaignSendFixture f = new CampaignSendFixture();
    CampaignSender sender = f.sender();
    Campaign c = f.running(oneEmail("a-1"));
    CampaignRecipient full = recipient(1);
    CampaignRecipient noMail =
        new CampaignRecipient(
            full.account(),
            full.contact(),
            new CampaignRecipient.Reach(
                full.reach().zones(), "US", Map.of(Channel.PHONE, "+12125550001")),
            null,
            full.values());
    assertThat(sender.sendDue(c, List.of(noMail)).count(Outcome.BLOCKED)).isEqualTo(1);
    assertThat(sender.activity("a-1").get(0).rules()).containsExactly(CampaignSender.ADDRESS_RULE);
  }

  @Test
  void onlyARunningCampaignSends() {
    CampaignSendFixture f = new CampaignSendFixture();
    CampaignDefinition def = oneEmail("p-1");
    Campaign paused = f.running(def).pause(f.clock.instant(), "test");
    assertThatThrownBy(() -> f.sender().sendDue(paused, people(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("p-1 is PAUSED");
    assertThat(f.channel.sent()).isEmpty();
  }

  @Test
  void aPersonListedTwiceIsHandledOnce() {
    CampaignSendFixture f = new CampaignSendFixture();
    Campaign c = f.running(oneEmail("d-1"));
    CampaignRunReport r = f.sender().sendDue(c, List.of(recipient(1), recipient(1)));
    assertThat(r.count(Outcome.DELIVERED)).isEqualTo(1);
    assertThat(f.channel.sent()).hasSize(1);
  }
}
