package dev.revops.collections.compliance;

import static dev.revops.collections.compliance.ComplianceFixtures.ACC;
import static dev.revops.collections.compliance.ComplianceFixtures.DEBT;
import static dev.revops.collections.compliance.ComplianceFixtures.LA;
import static dev.revops.collections.compliance.ComplianceFixtures.NY;
import static dev.revops.collections.compliance.ComplianceFixtures.call;
import static dev.revops.collections.compliance.ComplianceFixtures.consenting;
import static dev.revops.collections.compliance.ComplianceFixtures.intent;
import static dev.revops.collections.compliance.ComplianceFixtures.noticed;
import static dev.revops.collections.compliance.ComplianceFixtures.ny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.service.ContactGate;
import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.InconvenientTime;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.money.Money;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplianceTest {
  final ComplianceFixtures f = new ComplianceFixtures();

  private GateResult attempt(IntendedContact i) {
    return f.gate.attempt(i);
  }

  /** A collection contact with the debtor known to be in New York only. */
  private GateResult attempt(ContactPreferences p, Channel c, Instant at, DebtFacts facts) {
    return attempt(intent(p, Set.of(NY), c, at, facts));
  }

  @Test
  void convenientHoursAreCheckedInEveryPlausibleZone() {
    // 08:30 in New York is 05:30 in Los Angeles
    Instant at = ny("2026-06-10T08:30");
    assertThat(attempt(consenting(), Channel.EMAIL, at, noticed()).allowed()).isTrue();
    GateResult r = attempt(intent(consenting(), Set.of(NY, LA), Channel.EMAIL, at, noticed()));
    assertThat(r.blockingRuleIds()).containsExactly(DebtContactRules.CONVENIENT_HOURS);
    assertThat(attempt(call(ny("2026-06-10T21:00"))).blockingRuleIds())
        .containsExactly(DebtContactRules.CONVENIENT_HOURS);
    assertThat(attempt(call(ny("2026-06-10T07:59"))).allowed()).isFalse();
    assertThat(
            attempt(
                    intent(
                        consenting(),
                        Set.of(NY, LA),
                        Channel.LETTER,
                        ny("2026-06-10T03:00"),
                        noticed()))
                .allowed())
        .isTrue();
  }

  @Test
  void namedInconvenientTimesBlockEmailToo() {
    ContactPreferences p =
        consenting()
            .withInconvenientTime(InconvenientTime.daily(LocalTime.of(12, 0), LocalTime.of(14, 0)));
    GateResult r = attempt(p, Channel.EMAIL, ny("2026-06-10T12:30"), noticed());
    assertThat(r.blockingRuleIds()).containsExactly(DebtContactRules.INCONVENIENT_TIME);
    assertThat(attempt(p, Channel.EMAIL, ny("2026-06-10T14:00"), noticed()).allowed()).isTrue();
  }

  @Test
  void anEighthCallInSevenDaysIsBlocked() {
    for (int day = 0; day < 7; day++) {
      GateResult r = attempt(call(ny("2026-06-0" + (1 + day) + "T10:00")));
      assertThat(r.allowed()).isTrue();
      f.gate.recordOutcome(r.entry().id(), ContactOutcome.NO_ANSWER, r.entry().at(), "");
    }
    GateResult eighth = attempt(call(ny("2026-06-07T15:00")));
    assertThat(eighth.blockingRuleIds()).containsExactly(DebtContactRules.CALL_FREQUENCY);
    // e-mail is not a call
    assertThat(attempt(consenting(), Channel.EMAIL, ny("2026-06-07T15:00"), noticed()).allowed())
        .isTrue();
    // on day 8 the first call has left the window
    assertThat(attempt(call(ny("2026-06-08T10:00"))).allowed()).isTrue();
  }

  @Test
  void noCallWithinSevenDaysOfAConversationTheConversationDayBeingDayOne() {
    GateResult r = attempt(call(ny("2026-06-01T10:00")));
    f.gate.recordOutcome(
        r.entry().id(), ContactOutcome.RIGHT_PARTY_CONTACT, ny("2026-06-01T10:05"), "");
    assertThat(attempt(call(ny("2026-06-01T16:00"))).blockingRuleIds())
        .containsExactly(DebtContactRules.CALL_AFTER_CONVERSATION);
    assertThat(attempt(call(ny("2026-06-07T20:00"))).blockingRuleIds())
        .containsExactly(DebtContactRules.CALL_AFTER_CONVERSATION);
    assertThat(attempt(call(ny("2026-06-08T09:00"))).allowed()).isTrue();
  }

  @Test
  void ceaseCommunicationBlocksEveryChannel() {
    DebtFacts ceased = noticed().withCease(ny("2026-06-01T09:00"));
    for (Channel c : Channel.values()) {
      assertThat(attempt(consenting(), c, ny("2026-06-02T10:00"), ceased).blockingRuleIds())
          .contains(DebtContactRules.CEASE);
    }
  }

  private static IntendedContact ofKind(
      ContactKind kind, Channel c, ContactPreferences p, DebtFacts facts) {
    return intent(kind, p, Set.of(NY), c, ny("2026-06-02T10:00"), facts);
  }

  private static RuleOutcome ceaseOutcome(GateResult r) {
    return r.decisionIfAny().orElseThrow().outcomes().stream()
        .filter(o -> o.ruleId().equals(DebtContactRules.CEASE))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void ceaseCommunicationLetsOnlyTheThreeWrittenNoticesOfSection1692cThrough() {
    DebtFacts ceased = noticed().withCease(ny("2026-06-01T09:00"));
    Map<ContactKind, String> provisions =
        Map.of(
            ContactKind.CEASE_TERMINATION_NOTICE, "1692c(c)(1); Reg F 12 CFR 1006.6(c)(2)(i)",
            ContactKind.CEASE_REMEDIES_NOTICE, "1692c(c)(2); Reg F 12 CFR 1006.6(c)(2)(ii)",
            ContactKind.CEASE_REMEDY_INTENDED_NOTICE,
                "1692c(c)(3); Reg F 12 CFR 1006.6(c)(2)(iii)");
    for (ContactKind kind : ContactKind.values()) {
      for (Channel c : Channel.values()) {
        GateResult r = attempt(ofKind(kind, c, consenting(), ceased));
        RuleOutcome cease = ceaseOutcome(r);
        if (kind.isCeaseExemptNotice() && (c == Channel.LETTER || c == Channel.EMAIL)) {
          assertThat(r.allowed()).as("%s by %s", kind, c).isTrue();
          assertThat(cease.verdict()).isEqualTo(RuleOutcome.Verdict.ALLOW);
          assertThat(cease.reason()).contains(kind.name(), provisions.get(kind));
        } else {
          assertThat(r.blockingRuleIds()).as("%s by %s", kind, c).contains(DebtContactRules.CEASE);
          assertThat(cease.reason()).contains("1692c(c)", "cease communication on 2026-06-01");
        }
      }
    }
    // a call or text carrying an exempt notice stays blocked, naming the provision
    assertThat(
            ceaseOutcome(
                    attempt(
                        ofKind(
                            ContactKind.CEASE_REMEDIES_NOTICE,
                            Channel.PHONE,
                            consenting(),
                            ceased)))
                .reason())
        .contains("letter or e-mail only", "1692c(c)(2)");
    // without a cease request the notices are ordinary contacts: the cease rule allows them
    assertThat(
            attempt(
                    ofKind(
                        ContactKind.CEASE_TERMINATION_NOTICE,
                        Channel.PHONE,
                        consenting(),
                        noticed()))
                .allowed())
        .isTrue();
  }

  @Test
  void aCeaseExemptNoticeStillAnswersToEveryOtherRule() {
    DebtFacts ceased = noticed().withCease(ny("2026-06-01T09:00"));
    ContactPreferences noEmail =
        consenting().optOut(Channel.EMAIL, "request", ny("2026-06-01T08:00"));
    GateResult optedOut =
        attempt(ofKind(ContactKind.CEASE_TERMINATION_NOTICE, Channel.EMAIL, noEmail, ceased));
    assertThat(optedOut.blockingRuleIds()).containsExactly("consent.opted-out");
    assertThat(ceaseOutcome(optedOut).verdict()).isEqualTo(RuleOutcome.Verdict.ALLOW);
    GateResult bankrupt =
        attempt(
            ofKind(
                ContactKind.CEASE_REMEDY_INTENDED_NOTICE,
                Channel.LETTER,
                consenting(),
                ceased.withFlags(true, false)));
    assertThat(bankrupt.blockingRuleIds()).containsExactly(DebtContactRules.BANKRUPTCY);
    GateResult disputed =
        attempt(
            ofKind(
                ContactKind.CEASE_REMEDIES_NOTICE,
                Channel.LETTER,
                consenting(),
                ceased.withDispute(DisputeStatus.DISPUTED)));
    assertThat(disputed.blockingRuleIds()).containsExactly(DebtContactRules.DISPUTED);
    // and every attempt is logged with its kind
    assertThat(f.log.all())
        .extracting(Activity::note)
        .containsExactly(
            "CEASE_TERMINATION_NOTICE", "CEASE_REMEDY_INTENDED_NOTICE", "CEASE_REMEDIES_NOTICE");
  }

  @Test
  void optOutOfAMediumBlocksThatMediumOnly() {
    ContactPreferences p =
        consenting().onInboundMessage(Channel.SMS, "Stop", ny("2026-06-01T09:00"));
    assertThat(attempt(p, Channel.SMS, ny("2026-06-02T10:00"), noticed()).blockingRuleIds())
        .containsExactly("consent.opted-out", "consent.prior-express-consent");
    assertThat(attempt(p, Channel.EMAIL, ny("2026-06-02T10:00"), noticed()).allowed()).isTrue();
  }

  @Test
  void anOptOutOfCallsCoversLiveAndAutomatedCalls() {
    ContactPreferences p = consenting().optOut(Channel.PHONE, "letter", ny("2026-06-01T09:00"));
    assertThat(
            attempt(p, Channel.AUTOMATED_CALL, ny("2026-06-02T10:00"), noticed()).blockingRuleIds())
        .containsExactly(DebtContactRules.TELEPHONE_OPT_OUT);
  }

  @Test
  void textsAndAutomatedCallsNeedPriorExpressConsent() {
    ContactPreferences none = ContactPreferences.none(ComplianceFixtures.PERSON);
    assertThat(attempt(none, Channel.SMS, ny("2026-06-02T10:00"), noticed()).blockingRuleIds())
        .containsExactly("consent.prior-express-consent");
    assertThat(attempt(none, Channel.PHONE, ny("2026-06-02T10:00"), noticed()).allowed()).isTrue();
  }

  @Test
  void doNotCallBlocksCallsAndTextsUnlessSwitchedOff() {
    ContactPreferences p = consenting().withDoNotCall(true);
    assertThat(attempt(p, Channel.PHONE, ny("2026-06-02T10:00"), noticed()).blockingRuleIds())
        .containsExactly("consent.do-not-call");
    ComplianceFixtures eu = new ComplianceFixtures(Jurisdiction.EU);
    assertThat(
            eu.gate
                .attempt(intent(p, Set.of(NY), Channel.PHONE, ny("2026-06-02T10:00"), noticed()))
                .allowed())
        .isTrue();
  }

  @Test
  void disputedDebtIsOnHoldUntilVerified() {
    DebtFacts disputed = noticed().withDispute(DisputeStatus.DISPUTED);
    assertThat(
            attempt(consenting(), Channel.EMAIL, ny("2026-06-02T10:00"), disputed)
                .blockingRuleIds())
        .containsExactly(DebtContactRules.DISPUTED);
    IntendedContact verification =
        ofKind(ContactKind.VERIFICATION, Channel.LETTER, consenting(), disputed);
    assertThat(attempt(verification).allowed()).isTrue();
    assertThat(
            attempt(
                    consenting(),
                    Channel.EMAIL,
                    ny("2026-06-03T10:00"),
                    disputed.withDispute(DisputeStatus.VERIFIED))
                .allowed())
        .isTrue();
  }

  @Test
  void aDisputeRecordedOnACallHoldsTheDebtBeforeTheFactsAreUpdated() {
    GateResult r = attempt(call(ny("2026-06-01T10:00")));
    f.gate.recordOutcome(r.entry().id(), ContactOutcome.DISPUTE, ny("2026-06-01T10:03"), "");
    assertThat(
            attempt(consenting(), Channel.EMAIL, ny("2026-06-02T10:00"), noticed())
                .blockingRuleIds())
        .containsExactly(DebtContactRules.DISPUTED);
    assertThat(
            attempt(
                    consenting(),
                    Channel.EMAIL,
                    ny("2026-06-20T10:00"),
                    noticed().withDispute(DisputeStatus.VERIFIED))
                .allowed())
        .isTrue();
  }

  @Test
  void validationNoticeIsDueWithinFiveDaysAndThePeriodRunsOnTheBusinessCalendar() {
    DebtFacts first = DebtFacts.clean().withFirstContactOn(LocalDate.parse("2026-06-01"));
    assertThat(attempt(consenting(), Channel.EMAIL, ny("2026-06-06T10:00"), first).allowed())
        .isTrue();
    assertThat(
            attempt(consenting(), Channel.EMAIL, ny("2026-06-07T10:00"), first).blockingRuleIds())
        .containsExactly(DebtContactRules.VALIDATION_NOTICE);
    IntendedContact notice =
        intent(
            ContactKind.VALIDATION_NOTICE,
            consenting(),
            Set.of(NY),
            Channel.LETTER,
            ny("2026-06-07T10:00"),
            first);
    assertThat(attempt(notice).allowed()).isTrue();
    // sent Friday 2026-07-03, Independence Day observed that Friday: received 5 business days later
    BusinessCalendar cal =
        BusinessCalendar.builder(NY).holiday(LocalDate.parse("2026-07-03")).build();
    ValidationPeriod p = ValidationPeriod.of(LocalDate.parse("2026-07-02"), cal);
    assertThat(p.assumedReceivedOn()).isEqualTo(LocalDate.parse("2026-07-10"));
    assertThat(p.endsOn()).isEqualTo(LocalDate.parse("2026-08-09"));
    assertThat(p.contains(LocalDate.parse("2026-08-09"))).isTrue();
    assertThat(p.contains(LocalDate.parse("2026-08-10"))).isFalse();
  }

  @Test
  void theFirstPlacedContactStartsTheValidationNoticeClockEvenWhenTheHostDidNotRecordIt() {
    DebtFacts unrecorded = DebtFacts.clean();
    assertThat(attempt(consenting(), Channel.EMAIL, ny("2026-06-01T10:00"), unrecorded).allowed())
        .isTrue();
    assertThat(attempt(consenting(), Channel.EMAIL, ny("2026-06-06T10:00"), unrecorded).allowed())
        .isTrue();
    assertThat(
            attempt(consenting(), Channel.EMAIL, ny("2026-06-07T10:00"), unrecorded)
                .blockingRuleIds())
        .containsExactly(DebtContactRules.VALIDATION_NOTICE);
  }

  @Test
  void aJurisdictionCanTightenHoursAndCallFrequencyUnderTheSameRuleIds() {
    dev.revops.core.consent.ContactPolicy<DebtContactRequest> strict =
        CollectionsContactPolicy.standard(ComplianceFixtures.CALENDAR)
            .without(
                id ->
                    id.equals(DebtContactRules.CALL_FREQUENCY)
                        || id.equals(DebtContactRules.CONVENIENT_HOURS))
            .with(
                List.of(
                    DebtContactRules.callFrequency(2),
                    DebtContactRules.convenientHours(LocalTime.of(9, 0), LocalTime.of(20, 0))));
    ContactGate gate =
        new ContactGate(
            strict, f.log, f.payments, new dev.revops.core.port.memory.SequentialIdGenerator("s-"));
    assertThat(gate.attempt(call(ny("2026-06-01T10:00"))).allowed()).isTrue();
    assertThat(gate.attempt(call(ny("2026-06-02T10:00"))).allowed()).isTrue();
    assertThat(gate.attempt(call(ny("2026-06-03T10:00"))).blockingRuleIds())
        .containsExactly(DebtContactRules.CALL_FREQUENCY);
    assertThat(
            gate.attempt(
                    intent(
                        consenting(), Set.of(NY), Channel.EMAIL, ny("2026-06-03T08:30"), noticed()))
                .blockingRuleIds())
        .containsExactly(DebtContactRules.CONVENIENT_HOURS);
    assertThatThrownBy(
            () -> DebtContactRules.convenientHours(LocalTime.of(7, 0), LocalTime.of(20, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DebtContactRules.callFrequency(8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bankruptcyDeceasedAndGdprFlagsBlock() {
    Instant at = ny("2026-06-02T10:00");
    assertThat(
            attempt(consenting(), Channel.LETTER, at, noticed().withFlags(true, false))
                .blockingRuleIds())
        .containsExactly(DebtContactRules.BANKRUPTCY);
    assertThat(
            attempt(consenting(), Channel.LETTER, at, noticed().withFlags(false, true))
                .blockingRuleIds())
        .containsExactly(DebtContactRules.DECEASED);
    assertThat(
            attempt(consenting(), Channel.LETTER, at, noticed().withGdpr(true, true))
                .blockingRuleIds())
        .containsExactly(DebtContactRules.GDPR_OBJECTION, DebtContactRules.GDPR_RESTRICTION);
    ComplianceFixtures us = new ComplianceFixtures(Jurisdiction.US_FEDERAL);
    assertThat(
            us.gate
                .attempt(
                    intent(
                        consenting(),
                        Set.of(NY),
                        Channel.LETTER,
                        at,
                        noticed().withGdpr(true, true)))
                .allowed())
        .isTrue();
  }

  @Test
  void jurisdictionsLoadFromJsonAndRejectUnknownRuleIds() {
    Jurisdiction j =
        Jurisdiction.fromJson("{\"name\": \"US-CA\", \"switchedOff\": [\"gdpr.objection\"]}");
    assertThat(j.switchedOff()).containsExactly("gdpr.objection");
    assertThatThrownBy(
            () -> Jurisdiction.fromJson("{\"name\": \"x\", \"switchedOff\": [\"gdpr.objektion\"]}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("gdpr.objektion");
    for (String json : new String[] {null, "null", ""}) {
      assertThatThrownBy(() -> Jurisdiction.fromJson(json))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(dev.revops.core.error.Violation::path)
                      .containsExactly("$"));
    }
    assertThat(CollectionsContactPolicy.standard(ComplianceFixtures.CALENDAR).ruleIds())
        .containsExactlyElementsOf(CollectionsContactPolicy.REGULATIONS.keySet());
  }

  @Test
  void aSettledDebtIsDroppedBeforeAnyContact() {
    f.payments.set(DEBT, Money.of("0", "USD"));
    GateResult r = attempt(call(ny("2026-06-02T10:00")));
    assertThat(r.status()).isEqualTo(GateResult.Status.DROPPED_SETTLED);
    assertThat(r.decisionIfAny()).isEmpty();
    assertThat(f.log.all())
        .extracting(Activity::type)
        .containsExactly(ActivityType.ATTEMPT_DROPPED_SETTLED);
    f.payments.set(DEBT, Money.of("5", "USD"));
    assertThat(attempt(call(ny("2026-06-02T10:00"))).allowed()).isTrue();
  }

  @Test
  void aSettledDebtDropsOnlyCollectionContactsNotices() {
    f.payments.set(DEBT, Money.of("0", "USD"));
    Instant at = ny("2026-06-02T10:00");
    for (ContactKind kind : ContactKind.values()) {
      GateResult r = attempt(intent(kind, consenting(), Set.of(NY), Channel.LETTER, at, noticed()));
      if (kind == ContactKind.COLLECTION) {
        assertThat(r.status()).as("%s", kind).isEqualTo(GateResult.Status.DROPPED_SETTLED);
      } else {
        // a notice the law requires (validation, verification, the cease notices) still goes
        // through the rules on a settled debt
        assertThat(r.status()).as("%s", kind).isEqualTo(GateResult.Status.ALLOWED);
        assertThat(r.entry().type()).isEqualTo(ActivityType.ATTEMPT_ALLOWED);
        assertThat(r.entry().note()).isEqualTo(kind.name());
      }
    }
    assertThat(f.log.all()).hasSize(ContactKind.values().length);
  }

  @Test
  void aJurisdictionMayAllowASingleCallInSevenDaysButNotNone() {
    ContactGate gate =
        new ContactGate(
            CollectionsContactPolicy.standard(ComplianceFixtures.CALENDAR)
                .without(DebtContactRules.CALL_FREQUENCY::equals)
                .with(List.of(DebtContactRules.callFrequency(1))),
            f.log,
            f.payments,
            new dev.revops.core.port.memory.SequentialIdGenerator("one-"));
    assertThat(gate.attempt(call(ny("2026-06-01T10:00"))).allowed()).isTrue();
    assertThat(gate.attempt(call(ny("2026-06-07T10:00"))).blockingRuleIds())
        .containsExactly(DebtContactRules.CALL_FREQUENCY);
    assertThat(gate.attempt(call(ny("2026-06-08T10:00"))).allowed()).isTrue();
    assertThat(DebtContactRules.callFrequency(7).id()).isEqualTo(DebtContactRules.CALL_FREQUENCY);
    for (int bad : new int[] {0, -1, 8}) {
      assertThatThrownBy(() -> DebtContactRules.callFrequency(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1..7");
    }
  }

  @Test
  void aRequestCarriesItsPurposeCollectionUnlessSet() {
    DebtContactRequest.Builder b =
        DebtContactRequest.builder()
            .preferences(consenting())
            .zones(Set.of(NY))
            .channel(Channel.EMAIL)
            .at(ny("2026-06-02T10:00"))
            .account(ACC)
            .debt(DEBT)
            .kind(ContactKind.COLLECTION)
            .facts(noticed());
    assertThat(b.build().contact().purpose())
        .isEqualTo(dev.revops.core.consent.ContactRequest.Purpose.COLLECTION);
    assertThat(
            b.purpose(dev.revops.core.consent.ContactRequest.Purpose.TRANSACTIONAL)
                .build()
                .contact()
                .purpose())
        .isEqualTo(dev.revops.core.consent.ContactRequest.Purpose.TRANSACTIONAL);
  }

  @Test
  void jurisdictionsBuiltInCodeAreCheckedLikeLoadedOnes() {
    assertThat(Jurisdiction.of("US-CA", Set.of("gdpr.objection")))
        .isEqualTo(
            Jurisdiction.fromJson("{\"name\": \"US-CA\", \"switchedOff\": [\"gdpr.objection\"]}"));
    assertThatThrownBy(() -> Jurisdiction.of("x", Set.of("gdpr.objektion")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("gdpr.objektion");
  }

  @Test
  void everyAttemptAndOutcomeIsLoggedAppendOnly() {
    GateResult ok = attempt(call(ny("2026-06-02T10:00")));
    GateResult blocked = attempt(call(ny("2026-06-02T23:00")));
    f.gate.recordOutcome(
        ok.entry().id(), ContactOutcome.PROMISE_TO_PAY, ny("2026-06-02T10:04"), "ptp");
    List<Activity> all = f.log.forDebt(DEBT);
    assertThat(all)
        .extracting(Activity::type)
        .containsExactly(
            ActivityType.ATTEMPT_ALLOWED, ActivityType.ATTEMPT_BLOCKED, ActivityType.OUTCOME);
    assertThat(all.get(1).ruleIds()).containsExactly(DebtContactRules.CONVENIENT_HOURS);
    assertThat(all.get(0).ruleIds()).contains(DebtContactRules.CALL_FREQUENCY);
    assertThat(all.get(2).attemptId()).isEqualTo(ok.entry().id());
    assertThat(f.gate.history(DEBT))
        .singleElement()
        .satisfies(a -> assertThat(a.conversation()).isTrue());
    assertThat(blocked.allowed()).isFalse();
    f.log.append(all.get(0));
    assertThat(f.log.all()).hasSize(3);
    Activity tampered =
        new Activity(
            all.get(0).id(),
            all.get(0).at(),
            ACC,
            DEBT,
            null,
            Channel.SMS,
            ActivityType.ATTEMPT_ALLOWED,
            null,
            null,
            List.of(),
            "");
    assertThatThrownBy(() -> f.log.append(tampered))
        .isInstanceOf(IdempotencyConflictException.class);
  }
}
