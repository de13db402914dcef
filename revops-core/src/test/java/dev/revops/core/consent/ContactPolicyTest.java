package dev.revops.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.ContactRequest.Purpose;
import dev.revops.core.id.ContactId;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The consent matrix: every "no" names its rule. */
class ContactPolicyTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private final ContactPolicy<ContactRequest> policy = ContactRules.defaultPolicy();
  private final ContactPreferences none = ContactPreferences.none(ContactId.of("c1"));
  private final Instant signup = Instant.parse("2024-01-01T00:00:00Z");

  private static Instant ny(String local) {
    return LocalDateTime.parse(local).atZone(NY).toInstant();
  }

  private ContactDecision decide(
      ContactPreferences p, Channel channel, Instant at, ZoneId... zones) {
    return policy.decide(new ContactRequest(p, Set.of(zones), channel, at, Purpose.MARKETING));
  }

  @Test
  void emailIsAllowedUntilOptOut() {
    ContactDecision ok = decide(none, Channel.EMAIL, ny("2024-03-01T23:00"), NY);
    assertThat(ok.allowed()).isTrue();
    assertThat(ok.outcomes())
        .extracting(RuleOutcome::ruleId)
        .containsExactlyElementsOf(policy.ruleIds());

    ContactPreferences out = none.optOut(Channel.EMAIL, "unsubscribe-link", signup);
    ContactDecision no = decide(out, Channel.EMAIL, ny("2024-03-01T12:00"), NY);
    assertThat(no.allowed()).isFalse();
    assertThat(no.blockingRuleIds()).containsExactly("consent.opted-out");
    assertThat(no.blockedBy().get(0).reason()).contains("unsubscribe-link");
  }

  @Test
  void textsNeedPriorExpressConsentAndStopRevokesIt() {
    assertThat(decide(none, Channel.SMS, ny("2024-03-01T12:00"), NY).blockingRuleIds())
        .containsExactly("consent.prior-express-consent");
    ContactPreferences in = none.optIn(Channel.SMS, "web-form:checkout", signup);
    assertThat(decide(in, Channel.SMS, ny("2024-03-01T12:00"), NY).allowed()).isTrue();

    ContactPreferences stopped =
        in.onInboundMessage(Channel.SMS, " stop. ", signup.plusSeconds(60));
    ContactDecision no = decide(stopped, Channel.SMS, ny("2024-03-01T12:00"), NY);
    assertThat(no.blockingRuleIds())
        .containsExactly("consent.opted-out", "consent.prior-express-consent");
    assertThat(stopped.latest(Channel.SMS).orElseThrow().source()).isEqualTo("keyword:STOP");
    // STOP by SMS does not stop e-mail; STOP ALL stops everything
    assertThat(stopped.status(Channel.EMAIL)).isEqualTo(ConsentStatus.UNKNOWN);
    ContactPreferences all = in.onInboundMessage(Channel.SMS, "Stop all", signup);
    for (Channel c : Channel.values()) {
      assertThat(all.status(c)).isEqualTo(ConsentStatus.OPTED_OUT);
    }
    assertThat(in.onInboundMessage(Channel.SMS, "stop by tomorrow?", signup)).isEqualTo(in);
  }

  @Test
  void doNotCallBlocksCallsAndTextsNotLetters() {
    ContactPreferences dnc = none.optIn(Channel.SMS, "form", signup).withDoNotCall(true);
    assertThat(decide(dnc, Channel.PHONE, ny("2024-03-01T12:00"), NY).blockingRuleIds())
        .containsExactly("consent.do-not-call");
    assertThat(decide(dnc, Channel.SMS, ny("2024-03-01T12:00"), NY).blockingRuleIds())
        .containsExactly("consent.do-not-call");
    assertThat(decide(dnc, Channel.LETTER, ny("2024-03-01T12:00"), NY).allowed()).isTrue();
  }

  @Test
  void callingHoursHoldInThePersonsZoneAcrossDst() {
    // 2024-03-10 02:00 New York springs forward. 08:30 local on the 10th is 12:30Z, on the 9th
    // 13:30Z.
    assertThat(decide(none, Channel.PHONE, Instant.parse("2024-03-10T12:30:00Z"), NY).allowed())
        .isTrue();
    assertThat(
            decide(none, Channel.PHONE, Instant.parse("2024-03-09T12:30:00Z"), NY)
                .blockingRuleIds())
        .containsExactly("tcpa.calling-hours");
    // 21:00 local is the first minute outside
    assertThat(decide(none, Channel.PHONE, ny("2024-11-03T21:00"), NY).blockingRuleIds())
        .containsExactly("tcpa.calling-hours");
    assertThat(decide(none, Channel.PHONE, ny("2024-11-03T20:59"), NY).allowed()).isTrue();
  }

  @Test
  void uncertainZonesMustAllBeConvenient() {
    // 08:30 in New York is 05:30 in Los Angeles: blocked when the person may be in either
    ContactDecision d = decide(none, Channel.PHONE, ny("2024-06-03T08:30"), NY, LA);
    assertThat(d.blockingRuleIds()).containsExactly("tcpa.calling-hours");
    assertThat(d.blockedBy().get(0).reason()).contains("America/Los_Angeles");
  }

  @Test
  void inconvenientTimesNamedByThePersonAreHonoured() {
    ContactPreferences p =
        none.withInconvenientTime(InconvenientTime.daily(LocalTime.of(12, 0), LocalTime.of(13, 0)))
            .withInconvenientTime(InconvenientTime.daily(LocalTime.of(20, 0), LocalTime.of(9, 0)));
    assertThat(decide(p, Channel.PHONE, ny("2024-06-03T12:15"), NY).blockingRuleIds())
        .containsExactly("consent.inconvenient-time");
    assertThat(decide(p, Channel.PHONE, ny("2024-06-03T08:30"), NY).blockingRuleIds())
        .containsExactly("consent.inconvenient-time");
    assertThat(decide(p, Channel.PHONE, ny("2024-06-03T10:00"), NY).allowed()).isTrue();
    assertThat(decide(p, Channel.EMAIL, ny("2024-06-03T12:15"), NY).allowed()).isTrue();
  }

  @Test
  void rulesCanBeSwitchedOffById() {
    ContactPolicy<ContactRequest> noHours = policy.without(id -> id.equals("tcpa.calling-hours"));
    assertThat(noHours.ruleIds()).doesNotContain("tcpa.calling-hours");
    assertThat(
            noHours
                .decide(
                    new ContactRequest(
                        none,
                        Set.of(NY),
                        Channel.PHONE,
                        ny("2024-06-03T22:00"),
                        Purpose.TRANSACTIONAL))
                .allowed())
        .isTrue();
  }
}
