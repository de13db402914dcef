package dev.revops.sales.marketing;

import static dev.revops.sales.marketing.MarketingFixtures.ADDRESS;
import static dev.revops.sales.marketing.MarketingFixtures.BERLIN;
import static dev.revops.sales.marketing.MarketingFixtures.LOS_ANGELES;
import static dev.revops.sales.marketing.MarketingFixtures.NEW_YORK;
import static dev.revops.sales.marketing.MarketingFixtures.NUMBER;
import static dev.revops.sales.marketing.MarketingFixtures.POSTAL;
import static dev.revops.sales.marketing.MarketingFixtures.eu;
import static dev.revops.sales.marketing.MarketingFixtures.newYork;
import static dev.revops.sales.marketing.MarketingFixtures.person;
import static dev.revops.sales.marketing.MarketingFixtures.standard;
import static dev.revops.sales.marketing.MarketingFixtures.us;
import static dev.revops.sales.marketing.MarketingFixtures.with;
import static dev.revops.sales.marketing.MarketingFixtures.writtenConsent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.ContactRequest.Purpose;
import dev.revops.core.consent.RuleOutcome.Verdict;
import dev.revops.core.port.memory.InMemoryLocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each marketing rule on concrete cases, at its boundaries. */
class MarketingComplianceTest {
  private static final Instant LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");

  private static MarketingDecision decide(MarketingContactRequest r) {
    return standard().decide(r, MarketingFacts.none());
  }

  @ParameterizedTest(name = "{0} New York: allowed {1}")
  @CsvSource({"07:59,false", "08:00,true", "20:59,true", "21:00,false"})
  void quietHoursBoundariesInTheCalledPartysZone(String time, boolean allowed) {
    MarketingDecision d = decide(callTo(newYork("2026-03-04T" + time)));
    assertThat(d.allowed()).isEqualTo(allowed);
    if (!allowed) {
      assertThat(d.blockingRuleIds()).containsExactly(MarketingRules.QUIET_HOURS);
      assertThat(d.blockedBy().get(0).citation()).isEqualTo("TCPA 47 CFR 64.1200(c)(1)");
      assertThat(d.blockedBy().get(0).reason()).contains(time).contains("America/New_York");
    }
  }

  @Test
  void quietHoursAreCheckedInEveryPlausibleZone() {
    ContactPreferences p = person();
    Outreach call = Outreach.call(NUMBER, false, null);
    MarketingContactRequest early =
        MarketingContactRequest.of(
            p, Set.of(NEW_YORK, LOS_ANGELES), "US", call, newYork("2026-03-04T10:30"));
    MarketingDecision d = standard().decide(early, MarketingFacts.none());
    assertThat(d.blockingRuleIds()).containsExactly(MarketingRules.QUIET_HOURS);
    assertThat(d.blockedBy().get(0).reason()).contains("07:30").contains("Los_Angeles");

    MarketingContactRequest late =
        MarketingContactRequest.of(
            p, Set.of(NEW_YORK, LOS_ANGELES), "US", call, newYork("2026-03-04T11:00"));
    assertThat(standard().decide(late, MarketingFacts.none()).allowed()).isTrue();
    // e-mail is no telephone solicitation
    assertThat(
            decide(
                    us(p, Outreach.email(ADDRESS, null), newYork("2026-03-04T03:00"))
                        .withMessage(MessageContent.complete(POSTAL)))
                .allowed())
        .isTrue();
  }

  @Test
  void automatedCallsAndTextsNeedPriorExpressWrittenConsent() {
    Instant at = newYork("2026-03-04T12:00");
    Outreach text = Outreach.text(NUMBER, null);
    assertThat(decide(us(person(), text, at)).blockingRuleIds())
        .containsExactly(MarketingRules.WRITTEN_CONSENT);
    ContactPreferences webForm = person().optIn(Channel.SMS, "web-form:pricing", LONG_AGO);
    assertThat(decide(us(webForm, text, at)).blockingRuleIds())
        .as("an opt-in that is no signed written agreement")
        .containsExactly(MarketingRules.WRITTEN_CONSENT);
    assertThat(decide(us(writtenConsent(Channel.SMS, LONG_AGO), text, at)).allowed()).isTrue();
    assertThat(decide(us(writtenConsent(Channel.SMS, at.plusSeconds(1)), text, at)).allowed())
        .as("consent given after the contact does not count")
        .isFalse();

    assertThat(decide(us(person(), Outreach.call(NUMBER, true, null), at)).blockingRuleIds())
        .as("a live call placed by an autodialer")
        .containsExactly(MarketingRules.WRITTEN_CONSENT);
    assertThat(
            decide(
                    us(
                        writtenConsent(Channel.AUTOMATED_CALL, LONG_AGO),
                        Outreach.call(NUMBER, true, null),
                        at))
                .allowed())
        .as("written consent to automated calls covers the telephone")
        .isTrue();
    MarketingDecision live = decide(callTo(at));
    assertThat(live.allowed()).isTrue();
    assertThat(live.outcome(MarketingRules.WRITTEN_CONSENT).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void aRevocationIsHonouredAtOnceByDefault() {
    Instant revoked = newYork("2026-03-02T10:00");
    ContactPreferences p =
        writtenConsent(Channel.SMS, LONG_AGO).onInboundMessage(Channel.SMS, "stop", revoked);
    Outreach text = Outreach.text(NUMBER, null);
    assertThat(decide(us(p, text, revoked.minusSeconds(60))).allowed()).isTrue();
    MarketingDecision after = decide(us(p, text, revoked));
    assertThat(after.blockingRuleIds())
        .containsExactly(MarketingRules.WRITTEN_CONSENT, MarketingRules.REVOCATION);
    assertThat(after.outcome(MarketingRules.REVOCATION).orElseThrow().reason())
        .contains("honoured at once");
    // a live call after an opt-out of calls, made by any reasonable means (told an agent)
    ContactPreferences told = person().optOut(Channel.PHONE, "call:told-agent", revoked);
    assertThat(
            decide(us(told, Outreach.call(NUMBER, false, null), newYork("2026-03-02T12:00")))
                .blockingRuleIds())
        .containsExactly(MarketingRules.REVOCATION);
  }

  @ParameterizedTest(name = "{0}: business day {1} after the revocation, allowed {2}")
  @CsvSource({"2026-03-13T12:00,9,true", "2026-03-16T20:00,10,true", "2026-03-17T08:30,11,false"})
  void aRevocationWithTenBusinessDaysStopsContactsFromTheEleventh(
      String when, int businessDay, boolean allowed) {
    MarketingPolicy policy =
        with(
            MarketingComplianceConfig.defaults()
                .withConsent(new ConsentHandling(10, 10, List.of(ConsentHandling.WRITTEN))));
    Instant revoked = newYork("2026-03-02T10:00"); // a Monday
    assertThat(
            MarketingFixtures.CALENDAR.addBusinessDays(
                revoked.atZone(NEW_YORK).toLocalDate(), businessDay))
        .isEqualTo(newYork(when).atZone(NEW_YORK).toLocalDate());
    ContactPreferences p =
        writtenConsent(Channel.SMS, LONG_AGO).optOut(Channel.SMS, "email-reply", revoked);
    MarketingDecision d =
        policy.decide(us(p, Outreach.text(NUMBER, null), newYork(when)), MarketingFacts.none());
    assertThat(d.allowed()).isEqualTo(allowed);
    if (!allowed) {
      assertThat(d.blockingRuleIds()).contains(MarketingRules.REVOCATION);
      assertThat(d.outcome(MarketingRules.REVOCATION).orElseThrow().reason())
          .contains("within 10 business days");
    }
    // the company's own do-not-call list takes the same days
    MarketingDecision dnc =
        policy.decide(callTo(newYork(when)), MarketingFacts.none().withCompanyDnc(revoked));
    assertThat(dnc.allowed()).isEqualTo(allowed);
    // and an e-mail opt-out its own (here also 10)
    MarketingDecision mail =
        policy.decide(
            us(
                    person().optOut(Channel.EMAIL, "unsubscribe-link", revoked),
                    Outreach.email(ADDRESS, null),
                    newYork(when))
                .withMessage(MessageContent.complete(POSTAL)),
            MarketingFacts.none());
    assertThat(mail.allowed()).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0}: allowed {1}")
  @CsvSource({"2026-03-04T12:00,true", "2026-03-06T12:00,false"})
  void theNationalRegistryExemptsAPurchaseForEighteenMonths(String when, boolean allowed) {
    Instant purchase = newYork("2024-09-05T12:00"); // 18 months: 2026-03-05 12:00
    MarketingContactRequest r =
        callTo(newYork(when))
            .withRelationship(CustomerRelationship.customer(purchase, Set.of("router")));
    MarketingDecision d = standard().decide(r, MarketingFacts.none().withNationalDnc(LONG_AGO));
    assertThat(d.allowed()).isEqualTo(allowed);
    assertThat(d.outcome(MarketingRules.NATIONAL_DNC).orElseThrow().reason())
        .contains(allowed ? "exempt: purchase" : "no established business relationship");
  }

  @ParameterizedTest(name = "{0}: allowed {1}")
  @CsvSource({"2026-03-04T12:00,true", "2026-03-06T12:00,false"})
  void theNationalRegistryExemptsAnInquiryForThreeMonths(String when, boolean allowed) {
    Instant inquiry = newYork("2025-12-05T12:00"); // 3 months: 2026-03-05 12:00
    MarketingContactRequest r =
        callTo(newYork(when)).withRelationship(CustomerRelationship.none().withInquiry(inquiry));
    assertThat(standard().decide(r, MarketingFacts.none().withNationalDnc(LONG_AGO)).allowed())
        .isEqualTo(allowed);
  }

  @Test
  void aDoNotCallRequestToTheCompanyEndsTheRelationship() {
    Instant at = newYork("2026-03-04T12:00");
    MarketingContactRequest r =
        callTo(at)
            .withRelationship(
                CustomerRelationship.customer(at.minus(Duration.ofDays(10)), Set.of("router")));
    MarketingFacts facts =
        MarketingFacts.none()
            .withNationalDnc(LONG_AGO)
            .withCompanyDnc(at.minus(Duration.ofDays(1)));
    MarketingDecision d = standard().decide(r, facts);
    assertThat(d.blockingRuleIds())
        .containsExactly(MarketingRules.NATIONAL_DNC, MarketingRules.COMPANY_DNC);
    assertThat(d.outcome(MarketingRules.COMPANY_DNC).orElseThrow().citation())
        .contains("64.1200(d)");
    // written consent exempts from the national registry, but not from the company's own list
    MarketingContactRequest consented = r.withContact(writtenConsent(Channel.PHONE, LONG_AGO));
    assertThat(
            standard().decide(consented, MarketingFacts.none().withNationalDnc(LONG_AGO)).allowed())
        .isTrue();
    assertThat(standard().decide(consented, facts).blockingRuleIds())
        .containsExactly(MarketingRules.COMPANY_DNC);
  }

  @Test
  void aCommercialEmailNeedsAnOptOutTheSenderAndAPostalAddress() {
    Instant at = newYork("2026-03-04T12:00");
    MarketingContactRequest r = us(person(), Outreach.email(ADDRESS, "router"), at);
    assertThat(decide(r).blockingRuleIds()).containsExactly(MarketingRules.EMAIL_CONTENT);
    MarketingDecision bare = decide(r.withMessage(new MessageContent(false, false, " ", false)));
    assertThat(bare.blockedBy().get(0).reason())
        .contains("working opt-out", "sender", "postal address", "advertisement");
    assertThat(decide(r.withMessage(MessageContent.complete(POSTAL))).allowed()).isTrue();
    MessageContent noAdNotice = new MessageContent(true, true, POSTAL, false);
    assertThat(decide(r.withMessage(noAdNotice)).allowed()).isFalse();
    assertThat(
            decide(
                    r.withMessage(noAdNotice)
                        .withContact(person().optIn(Channel.EMAIL, "newsletter-form", LONG_AGO)))
                .allowed())
        .as("affirmative consent: no advertisement notice needed")
        .isTrue();
    assertThat(
            decide(
                    r.withMessage(MessageContent.complete(POSTAL))
                        .withContact(person().optOut(Channel.EMAIL, "unsubscribe-link", at)))
                .blockingRuleIds())
        .containsExactly(MarketingRules.EMAIL_OPT_OUT);
  }

  @Test
  void euEmailNeedsConsentOrTheSoftOptInForASimilarProduct() {
    Instant at = Instant.parse("2026-03-04T12:00:00Z");
    MarketingContactRequest prospect =
        eu(person(), Outreach.email(ADDRESS, "router"), at)
            .withMessage(MessageContent.complete(POSTAL));
    MarketingDecision d = decide(prospect);
    assertThat(d.blockingRuleIds()).containsExactly(MarketingRules.EPRIVACY_CONSENT);
    assertThat(d.blockedBy().get(0).citation()).contains("2002/58/EC art. 13");

    MarketingContactRequest customer =
        prospect.withRelationship(
            CustomerRelationship.customer(Instant.parse("2025-06-01T00:00:00Z"), Set.of("router")));
    MarketingDecision soft = decide(customer);
    assertThat(soft.allowed()).isTrue();
    assertThat(soft.outcome(MarketingRules.EPRIVACY_CONSENT).orElseThrow().reason())
        .contains("soft opt-in");

    MarketingContactRequest otherProduct =
        customer.withRelationship(
            CustomerRelationship.customer(Instant.parse("2025-06-01T00:00:00Z"), Set.of("phone")));
    assertThat(decide(otherProduct).blockedBy().get(0).reason())
        .contains("no purchase of a similar product");
    assertThat(
            decide(
                    customer.withRelationship(
                        customer.relationship().withOptOutOfferedAtCollection(false)))
                .allowed())
        .isFalse();
    assertThat(
            decide(customer.withMessage(new MessageContent(false, true, POSTAL, true))).allowed())
        .as("the soft opt-in needs the opt-out in every message")
        .isFalse();
    assertThat(
            decide(customer.withContact(person().optOut(Channel.EMAIL, "reply", LONG_AGO)))
                .blockingRuleIds())
        .as("a customer who refused")
        .containsExactly(MarketingRules.EPRIVACY_CONSENT);
    assertThat(
            decide(otherProduct.withContact(person().optIn(Channel.EMAIL, "form", LONG_AGO)))
                .allowed())
        .as("consent covers any product")
        .isTrue();
    // an automated call in the EU needs consent; no soft opt-in
    MarketingDecision robocall =
        decide(
            eu(
                    person(),
                    Outreach.call("+4930555", true, "router"),
                    Instant.parse("2026-03-04T11:00:00Z"))
                .withRelationship(customer.relationship()));
    assertThat(robocall.blockingRuleIds()).containsExactly(MarketingRules.EPRIVACY_CONSENT);
  }

  @Test
  void anObjectionStopsEveryDirectMarketing() {
    Instant at = Instant.parse("2026-03-04T12:00:00Z");
    ContactPreferences consented = person().optIn(Channel.EMAIL, "form", LONG_AGO);
    MarketingContactRequest r =
        eu(consented, Outreach.email(ADDRESS, null), at)
            .withMessage(MessageContent.complete(POSTAL))
            .withRelationship(CustomerRelationship.none().withObjection(at.minusSeconds(1)));
    MarketingDecision d = decide(r);
    assertThat(d.blockingRuleIds()).containsExactly(MarketingRules.GDPR_OBJECTION);
    assertThat(d.blockedBy().get(0).citation()).isEqualTo("GDPR (EU) 2016/679 art. 21(2)-(3)");
    assertThat(decide(r.withAt(at.minusSeconds(2))).allowed()).isTrue();
    MarketingContactRequest transactional =
        eu(consented, Outreach.email(ADDRESS, null).withPurpose(Purpose.TRANSACTIONAL), at)
            .withRelationship(r.relationship());
    assertThat(decide(transactional).allowed()).as("a receipt is no direct marketing").isTrue();
  }

  @Test
  void excludedContactsAreNotMarketedTo() {
    MarketingGate.Ports ports = MarketingGate.Ports.inMemory();
    InMemoryMarketingExclusions exclusions = (InMemoryMarketingExclusions) ports.exclusions();
    MarketingGate gate = new MarketingGate(standard(), ports, new InMemoryLocks());
    MarketingContactRequest r = callTo(newYork("2026-03-04T12:00"));
    assertThat(gate.decide(r).allowed()).isTrue();
    exclusions.exclude(person().contact(), ExclusionReason.OPEN_DISPUTE);
    exclusions.exclude(person().contact(), ExclusionReason.COLLECTIONS_CEASE);
    MarketingDecision d = gate.decide(r);
    assertThat(d.blockingRuleIds()).containsExactly(MarketingRules.EXCLUSION);
    assertThat(d.blockedBy().get(0).reason()).contains("COLLECTIONS_CEASE", "OPEN_DISPUTE");
    exclusions.lift(person().contact(), ExclusionReason.OPEN_DISPUTE);
    assertThat(gate.decide(r).allowed()).isFalse();
    exclusions.lift(person().contact(), ExclusionReason.COLLECTIONS_CEASE);
    assertThat(gate.decide(r).allowed()).isTrue();
  }

  /** The standard policy with a frequency cap of three contacts in any seven days. */
  private static MarketingPolicy threeAWeek() {
    return with(
        MarketingComplianceConfig.defaults()
            .withFrequencyCap(FrequencyCap.of(3, Duration.ofDays(7))));
  }

  /** A marketing e-mail to the person at {@code at} with a complete message. */
  private static MarketingContactRequest completeEmail(Instant at) {
    return us(person(), Outreach.email(ADDRESS, null), at)
        .withMessage(MessageContent.complete(POSTAL));
  }

  /**
   * The three-a-week policy's decision on {@link #completeEmail} at {@code at} after earlier sends,
   * each given in hours from {@code at}.
   */
  private static MarketingDecision emailAfter(Instant at, long... sendHoursFromAt) {
    List<Instant> sends = new ArrayList<>();
    for (long hours : sendHoursFromAt) {
      sends.add(at.plus(Duration.ofHours(hours)));
    }
    return threeAWeek().decide(completeEmail(at), MarketingFacts.none().withRecentSends(sends));
  }

  /** A live marketing call to the person's number at {@code at}, with no product. */
  private static MarketingContactRequest callTo(Instant at) {
    return us(person(), Outreach.call(NUMBER, false, null), at);
  }

  @Test
  void theFrequencyCapCountsEveryCampaignAndChannelInARollingWindow() {
    Instant at = newYork("2026-03-04T12:00");
    MarketingDecision full = emailAfter(at, -6 * 24, -24, -1);
    assertThat(full.blockingRuleIds()).containsExactly(MarketingRules.FREQUENCY_CAP);
    assertThat(full.blockedBy().get(0).reason()).contains("3 contacts already", "at most 3");
    MarketingDecision oneLeftTheWindow = emailAfter(at, -7 * 24, -24, -1);
    assertThat(oneLeftTheWindow.allowed())
        .as("a contact exactly 7 days ago has left the window")
        .isTrue();

    MarketingPolicy policy = threeAWeek();
    MarketingContactRequest r = completeEmail(at);
    MarketingGate gate =
        new MarketingGate(policy, MarketingGate.Ports.inMemory(), new InMemoryLocks());
    Outreach call = Outreach.call(NUMBER, false, null);
    assertThat(gate.decideAndRecord(us(person(), call, newYork("2026-03-02T12:00"))).allowed())
        .isTrue();
    assertThat(gate.decideAndRecord(r.withAt(newYork("2026-03-03T12:00"))).allowed()).isTrue();
    assertThat(gate.decideAndRecord(us(person(), call, newYork("2026-03-04T12:00"))).allowed())
        .isTrue();
    assertThat(gate.decideAndRecord(r.withAt(newYork("2026-03-05T12:00"))).blockingRuleIds())
        .containsExactly(MarketingRules.FREQUENCY_CAP);
    assertThat(gate.decideAndRecord(r.withAt(newYork("2026-03-09T12:00"))).allowed())
        .as("the window is 7 x 24 hours: clocks moved on 8 March, 12:00 is 167 hours later")
        .isFalse();
    assertThat(gate.decideAndRecord(r.withAt(newYork("2026-03-09T13:00"))).allowed())
        .as("7 x 24 hours after the first")
        .isTrue();
  }

  @Test
  void theFrequencyCapHoldsForContactsDecidedOutOfTimeOrder() {
    Instant at = newYork("2026-03-04T12:00");
    MarketingDecision d = emailAfter(at, 24, 2 * 24, 6 * 24);
    assertThat(d.blockingRuleIds()).containsExactly(MarketingRules.FREQUENCY_CAP);
    assertThat(d.blockedBy().get(0).reason()).contains("up to " + at.plus(Duration.ofDays(6)));
    MarketingDecision spread = emailAfter(at, -5 * 24, 24, 7 * 24);
    assertThat(spread.allowed()).as("no 7-day window would hold a fourth contact").isTrue();
  }

  @Test
  void theDoNotCallFlagAndNamedInconvenientTimesOfCorePreferencesAreHonoured() {
    Instant at = newYork("2026-03-04T12:30");
    Outreach call = Outreach.call(NUMBER, false, null);
    MarketingContactRequest flagged =
        us(person().withDoNotCall(true), call, at)
            .withRelationship(
                CustomerRelationship.customer(at.minus(Duration.ofDays(10)), Set.of("router")));
    assertThat(
            standard()
                .decide(flagged, MarketingFacts.none().withNationalDnc(LONG_AGO))
                .blockingRuleIds())
        .as("the flag is a do-not-call request: it also ends the relationship")
        .containsExactly(MarketingRules.NATIONAL_DNC, MarketingRules.COMPANY_DNC);
    ContactPreferences lunch =
        person()
            .withInconvenientTime(
                dev.revops.core.consent.InconvenientTime.daily(
                    LocalTime.of(12, 0), LocalTime.of(13, 0)));
    assertThat(decide(us(lunch, call, at)).blockingRuleIds())
        .containsExactly(MarketingRules.INCONVENIENT_TIME);
    assertThat(decide(us(lunch, call, newYork("2026-03-04T13:00"))).allowed()).isTrue();
  }

  @Test
  void sendWindowsHoldInEveryPlausibleZone() {
    MarketingPolicy policy =
        with(
            MarketingComplianceConfig.defaults()
                .withSendWindows(
                    Map.of(Channel.EMAIL, TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)))));
    MessageContent m = MessageContent.complete(POSTAL);
    Outreach mail = Outreach.email(ADDRESS, null);
    assertThat(
            policy
                .decide(
                    us(person(), mail, newYork("2026-03-04T08:59")).withMessage(m),
                    MarketingFacts.none())
                .blockingRuleIds())
        .containsExactly(MarketingRules.SEND_WINDOW);
    assertThat(
            policy
                .decide(
                    us(person(), mail, newYork("2026-03-04T09:00")).withMessage(m),
                    MarketingFacts.none())
                .allowed())
        .isTrue();
    assertThat(
            policy
                .decide(
                    us(person(), mail, newYork("2026-03-04T17:00")).withMessage(m),
                    MarketingFacts.none())
                .allowed())
        .isFalse();
    MarketingContactRequest twoZones =
        MarketingContactRequest.of(
                person(), Set.of(NEW_YORK, LOS_ANGELES), "US", mail, newYork("2026-03-04T10:00"))
            .withMessage(m);
    assertThat(policy.decide(twoZones, MarketingFacts.none()).blockedBy().get(0).reason())
        .contains("07:00", "Los_Angeles");
  }

  @Test
  void jurisdictionsSwitchRulesOff() {
    Instant at = Instant.parse("2026-03-04T17:00:00Z");
    MarketingContactRequest usMail =
        us(person(), Outreach.email(ADDRESS, null), at)
            .withMessage(MessageContent.complete(POSTAL));
    MarketingDecision d = decide(usMail);
    assertThat(d.allowed()).as("CAN-SPAM: no prior consent for e-mail").isTrue();
    assertThat(d.outcome(MarketingRules.EPRIVACY_CONSENT)).isEmpty();
    MarketingDecision euText =
        decide(eu(writtenConsent(Channel.SMS, LONG_AGO), Outreach.text(NUMBER, null), at));
    assertThat(euText.outcome(MarketingRules.WRITTEN_CONSENT)).isEmpty();
    assertThat(euText.outcome(MarketingRules.QUIET_HOURS)).isPresent();
    MarketingContactRequest elsewhere =
        MarketingContactRequest.of(
                person(), Set.of(NEW_YORK), "BR", Outreach.email(ADDRESS, null), at)
            .withMessage(MessageContent.complete(POSTAL));
    assertThat(decide(elsewhere).outcomes())
        .as("a jurisdiction the configuration does not name gets every rule")
        .hasSize(MarketingRules.REGULATIONS.size());
  }

  @Test
  void everyOutcomeNamesItsRuleAndRegulation() {
    MarketingContactRequest r =
        MarketingContactRequest.of(
            person(),
            Set.of(NEW_YORK),
            "XX",
            Outreach.text(NUMBER, "router"),
            newYork("2026-03-04T07:00"));
    MarketingDecision d = standard().decide(r, MarketingFacts.none());
    assertThat(d.outcomes())
        .extracting(MarketingRuleOutcome::ruleId)
        .containsExactlyElementsOf(MarketingRules.REGULATIONS.keySet());
    for (MarketingRuleOutcome o : d.outcomes()) {
      assertThat(o.citation()).isEqualTo(MarketingRules.REGULATIONS.get(o.ruleId()));
      assertThat(o.reason()).isNotBlank().doesNotContain(NUMBER);
    }
    assertThat(d.asContactDecision().blockingRuleIds()).isEqualTo(d.blockingRuleIds());
  }

  @Test
  void theGateLooksUpBothDoNotCallListsForCallsAndTexts() {
    MarketingGate.Ports ports = MarketingGate.Ports.inMemory();
    MarketingGate gate = new MarketingGate(standard(), ports, new InMemoryLocks());
    ((InMemoryDoNotCallList) ports.nationalDnc()).add(NUMBER, LONG_AGO);
    Instant at = newYork("2026-03-04T12:00");
    MarketingContactRequest r = callTo(at);
    assertThat(gate.decide(r).blockingRuleIds()).containsExactly(MarketingRules.NATIONAL_DNC);
    ((InMemoryDoNotCallList) ports.nationalDnc()).remove(NUMBER);
    ((InMemoryDoNotCallList) ports.companyDnc()).add(NUMBER, at.minusSeconds(1));
    assertThat(gate.decide(r).blockingRuleIds()).containsExactly(MarketingRules.COMPANY_DNC);
    assertThat(gate.facts(us(person(), Outreach.email(NUMBER, null), at)).companyDncSince())
        .as("e-mail is not looked up on do-not-call lists")
        .isNull();
  }

  @Test
  void badRequestsAreRefused() {
    assertThatThrownBy(() -> new Outreach(Channel.LETTER, false, "x", Purpose.MARKETING, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Outreach.call(NUMBER, false, null).withPurpose(Purpose.COLLECTION))
        .hasMessageContaining("revops-collections");
    assertThatThrownBy(
            () ->
                MarketingContactRequest.of(
                    person(), Set.of(), "US", Outreach.call(NUMBER, false, null), LONG_AGO))
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> standard().replacing(MarketingRules.rule("no.such-rule", c -> null)))
        .hasMessageContaining("no.such-rule");
    assertThat(BERLIN).isNotNull();
  }
}
