package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.sales.campaign.Campaign;
import dev.revops.sales.campaign.CampaignDefinition;
import dev.revops.sales.campaign.CampaignRecipient;
import dev.revops.sales.campaign.CampaignStep;
import dev.revops.sales.campaign.CampaignTiming;
import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.campaign.SendStatus;
import dev.revops.sales.campaign.SendWindow;
import dev.revops.sales.marketing.ConsentHandling;
import dev.revops.sales.marketing.FrequencyCap;
import dev.revops.sales.marketing.InMemoryDoNotCallList;
import dev.revops.sales.port.memory.InMemoryCampaignChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whole campaigns (an e-mail, a text a day later, a call a day after that) sent to random people in
 * random zones, with random consent, do-not-call listings, windows, caps and run times. Every
 * message the channel received is then checked against rules re-derived here from the campaign and
 * the regulations, not from the sender's code: inside the window in every plausible zone (and
 * 08:00-21:00 for texts and calls), within the frequency cap, with the consent its channel needs,
 * never to a listed number without written permission, never twice. {@link
 * #theCheckCatchesASenderWithoutRules} shows the check fails on a sender that ignores the rules.
 */
class CampaignSenderProperties {
  private static final List<ZoneId> US_ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Pacific/Honolulu"));
  private static final List<SendWindow> WINDOWS =
      List.of(
          new SendWindow(LocalTime.of(8, 0), LocalTime.of(21, 0)),
          new SendWindow(LocalTime.of(9, 0), LocalTime.of(20, 0)),
          new SendWindow(LocalTime.of(10, 0), LocalTime.of(18, 0)));

  /** A generated person. */
  record Person(Set<ZoneId> zones, boolean mailOptOut, boolean textConsent, boolean listed) {}

  /** A generated scenario. */
  record Scenario(
      List<Person> people, int window, int capMax, int capDays, List<Integer> gapsInMinutes) {}

  /** A message and when the channel took it. */
  record Taken(ChannelMessage message, Instant at) {}

  @Property(tries = 150)
  void everyMessageSentKeepsEveryRule(@ForAll("scenarios") Scenario s) {
    List<Taken> taken = run(s, false);
    assertThat(check(s, taken)).isEmpty();
    Statistics.label("messages sent").collect(!taken.isEmpty());
    Statistics.label("messages sent").coverage(c -> c.check(true).percentage(p -> p >= 50));
  }

  @Example
  void theCheckCatchesASenderWithoutRules() {
    Person everyone = new Person(Set.copyOf(US_ZONES), true, false, true);
    Scenario s =
        new Scenario(
            List.of(everyone, everyone), 1, 1, 2, List.of(60, 600, 600, 600, 600, 600, 600, 600));
    List<String> broken = check(s, run(s, true));
    assertThat(broken)
        .anyMatch(b -> b.contains("outside"))
        .anyMatch(b -> b.contains("opted out"))
        .anyMatch(b -> b.contains("without written consent"))
        .anyMatch(b -> b.contains("do-not-call"))
        .anyMatch(b -> b.contains("cap"));
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Person> person =
        Combinators.combine(
                Arbitraries.of(US_ZONES).set().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(Person::new);
    return Combinators.combine(
            person.list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.integers().between(0, WINDOWS.size() - 1),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(1, 3),
            Arbitraries.integers().between(10, 600).list().ofMinSize(5).ofMaxSize(40))
        .as(Scenario::new);
  }

  private static CampaignDefinition campaign(SendWindow window) {
    return new CampaignDefinition(
        "prop",
        "Property campaign",
        "order.placed",
        "everyone",
        List.of(
            new CampaignStep("mail", Channel.EMAIL, 0, "Hi {{contact.firstName}}"),
            new CampaignStep("text", Channel.SMS, 1, "Reply YES {{contact.firstName}}"),
            new CampaignStep("call", Channel.PHONE, 2, "Script {{contact.firstName}}")),
        window,
        List.of());
  }

  private static String number(int i) {
    return "+1212555" + String.format("%04d", i);
  }

  /**
   * Runs the scenario through the sender (or through a loop without rules) and returns the sends.
   */
  private static List<Taken> run(Scenario s, boolean withoutRules) {
    List<Taken> taken = new ArrayList<>();
    CampaignSendFixture[] holder = new CampaignSendFixture[1];
    InMemoryCampaignChannel channel =
        new InMemoryCampaignChannel(
            m -> {
              taken.add(new Taken(m, holder[0].clock.instant()));
              return SendResult.of(SendStatus.DELIVERED);
            });
    CampaignSendFixture f =
        new CampaignSendFixture(channel, FrequencyCap.of(s.capMax(), Duration.ofDays(s.capDays())));
    holder[0] = f;
    Instant start = f.clock.instant().minus(Duration.ofDays(30));
    List<CampaignRecipient> audience = new ArrayList<>();
    for (int i = 0; i < s.people().size(); i++) {
      Person p = s.people().get(i);
      ContactId id = ContactId.of("p-" + i);
      ContactPreferences prefs = ContactPreferences.none(id);
      if (p.mailOptOut()) {
        prefs = prefs.optOut(Channel.EMAIL, "unsubscribe link", start);
      }
      if (p.textConsent()) {
        prefs = prefs.optIn(Channel.SMS, ConsentHandling.WRITTEN + "web form", start);
      }
      if (p.listed()) {
        ((InMemoryDoNotCallList) f.gatePorts.nationalDnc()).add(number(i), start);
      }
      Map<Channel, String> addresses = new EnumMap<>(Channel.class);
      addresses.put(Channel.EMAIL, "p" + i + "@example.com");
      addresses.put(Channel.SMS, number(i));
      addresses.put(Channel.PHONE, number(i));
      audience.add(
          new CampaignRecipient(
              AccountId.of("a-" + i),
              prefs,
              new CampaignRecipient.Reach(p.zones(), "US", addresses),
              null,
              Map.of("contact.firstName", "P" + i)));
    }
    CampaignDefinition def = campaign(WINDOWS.get(s.window()));
    Campaign c = f.running(def);
    CampaignSender sender = f.sender();
    Instant entered = f.clock.instant();
    Set<String> sentKeys = new HashSet<>();
    for (int gap : s.gapsInMinutes()) {
      if (withoutRules) {
        for (CampaignRecipient r : audience) {
          for (CampaignStep step : def.steps()) {
            var key = r.contact().contact().value() + step.id();
            if (CampaignTiming.isDue(step, entered, f.clock.instant()) && sentKeys.add(key)) {
              channel.send(
                  new ChannelMessage(
                      new dev.revops.sales.campaign.SendTarget(
                          def.id(), step.id(), r.contact().contact(), step.channel()),
                      key,
                      r.reach().address(step.channel()).orElseThrow(),
                      "text"));
            }
          }
        }
      } else {
        sender.sendDue(c, audience);
      }
      f.clock.advance(Duration.ofMinutes(gap));
    }
    return taken;
  }

  /** Every rule a message broke, re-derived from the scenario. */
  private static List<String> check(Scenario s, List<Taken> taken) {
    List<String> broken = new ArrayList<>();
    SendWindow window = WINDOWS.get(s.window());
    Map<String, List<Instant>> perPerson = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Taken t : taken) {
      String who = t.message().target().contact().value();
      Person p = s.people().get(Integer.parseInt(who.substring(2)));
      Channel ch = t.message().target().channel();
      if (!seen.add(t.message().target().key())) {
        broken.add(t.message().target().key() + " sent twice");
      }
      for (ZoneId z : p.zones()) {
        LocalTime local = LocalTime.ofInstant(t.at(), z);
        boolean inWindow = !local.isBefore(window.from()) && local.isBefore(window.until());
        boolean phoneHours =
            ch == Channel.EMAIL
                || (!local.isBefore(LocalTime.of(8, 0)) && local.isBefore(LocalTime.of(21, 0)));
        if (!inWindow || !phoneHours) {
          broken.add(who + " " + ch + " at " + local + " in " + z + ": outside the window");
        }
      }
      if (ch == Channel.EMAIL && p.mailOptOut()) {
        broken.add(who + " e-mailed after they opted out");
      }
      if (ch == Channel.SMS && !p.textConsent()) {
        broken.add(who + " texted without written consent");
      }
      boolean writtenPermission = ch == Channel.SMS && p.textConsent();
      if (ch != Channel.EMAIL && p.listed() && !writtenPermission) {
        // 64.1200(c)(2)(ii): a listed number may be reached with prior express written permission.
        broken.add(who + " reached on a number on the national do-not-call list");
      }
      perPerson.computeIfAbsent(who, k -> new ArrayList<>()).add(t.at());
    }
    Duration capWindow = Duration.ofDays(s.capDays());
    perPerson.forEach(
        (who, times) -> {
          times.sort(null);
          for (int i = 0; i < times.size(); i++) {
            int inWindow = 0;
            for (int j = 0; j <= i; j++) {
              if (times.get(j).isAfter(times.get(i).minus(capWindow))) {
                inWindow++;
              }
            }
            if (inWindow > s.capMax()) {
              broken.add(
                  who + ": " + inWindow + " messages within " + capWindow + ", over the cap");
            }
          }
        });
    return broken;
  }
}
