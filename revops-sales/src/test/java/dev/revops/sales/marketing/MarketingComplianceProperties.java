package dev.revops.sales.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ConsentRecord;
import dev.revops.core.consent.ConsentStatus;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.ContactRequest.Purpose;
import dev.revops.core.consent.ContactRule;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.id.ContactId;
import dev.revops.core.port.memory.InMemoryLocks;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random people, zones, consent histories, relationships, do-not-call listings and requests. Each
 * invariant is re-derived here from the regulation, independently of the rules' code, and checked
 * on every contact the policy allows; each is then run against a mutated rule and shown to find a
 * counterexample, so the property can fail.
 */
class MarketingComplianceProperties {
  static final String NUMBER = "+12125550123";
  static final Duration WEEK = Duration.ofDays(7);
  static final int CAP = 3;
  static final TimeWindow EMAIL_WINDOW = TimeWindow.of(LocalTime.of(7, 0), LocalTime.of(22, 0));
  static final TimeWindow SMS_WINDOW = TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(19, 0));
  static final MarketingComplianceConfig CONFIG =
      MarketingComplianceConfig.defaults()
          .withSendWindows(Map.of(Channel.EMAIL, EMAIL_WINDOW, Channel.SMS, SMS_WINDOW))
          .withFrequencyCap(FrequencyCap.of(CAP, WEEK));
  static final MarketingPolicy POLICY = MarketingPolicy.of(CONFIG, MarketingFixtures.CALENDAR);
  static final Revocations READ = new Revocations(CONFIG.consent(), MarketingFixtures.CALENDAR);
  static final int MUTANT_SAMPLES = 10_000;

  /** One generated decision: a request and what the ports said. */
  record Sample(MarketingContactRequest request, MarketingFacts facts) {
    boolean allowedBy(MarketingPolicy policy) {
      return policy.decide(request, facts).allowed();
    }
  }

  /** One generated consent event, before it is put in time order. */
  record Event(Channel channel, boolean optIn, boolean written, long minutesBefore) {}

  // ---------------------------------------------------------------- generators

  static Arbitrary<Set<ZoneId>> zones() {
    return Arbitraries.of(
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Phoenix",
            "America/Los_Angeles",
            "America/Anchorage",
            "Pacific/Honolulu",
            "Europe/Berlin",
            "Europe/London")
        .map(ZoneId::of)
        .set()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  static Arbitrary<Instant> instants() {
    // four days around the 2026 daylight-saving changes of North America
    return Combinators.combine(
            Arbitraries.of(
                Instant.parse("2026-03-06T00:00:00Z"), Instant.parse("2026-10-30T00:00:00Z")),
            Arbitraries.longs()
                .between(0, 4 * 24 * 60)
                .withDistribution(RandomDistribution.uniform()))
        .as((base, minutes) -> base.plus(Duration.ofMinutes(minutes)));
  }

  static Arbitrary<Outreach> outreach() {
    return Combinators.combine(
            Arbitraries.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.AUTOMATED_CALL),
            Arbitraries.of(true, false),
            Arbitraries.frequency(
                Tuple.of(9, Purpose.MARKETING), Tuple.of(1, Purpose.TRANSACTIONAL)),
            Arbitraries.of("router", "phone", "none"))
        .as(
            (channel, automated, purpose, product) ->
                new Outreach(
                    channel,
                    automated,
                    channel == Channel.EMAIL ? "ann@example.com" : NUMBER,
                    purpose,
                    product.equals("none") ? null : product));
  }

  static Arbitrary<List<Event>> events() {
    return Combinators.combine(
            Arbitraries.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.AUTOMATED_CALL),
            Arbitraries.of(true, true, false),
            Arbitraries.of(true, false),
            Arbitraries.longs()
                .between(-24 * 60, 60L * 24 * 60)
                .withDistribution(RandomDistribution.uniform()))
        .as(Event::new)
        .list()
        .ofMaxSize(4);
  }

  static ContactPreferences preferences(List<Event> events, Instant at) {
    // a history of exactly three events also carries the do-not-call flag
    ContactPreferences p =
        ContactPreferences.none(ContactId.of("c-1")).withDoNotCall(events.size() == 3);
    List<Event> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparingLong(Event::minutesBefore).reversed());
    for (Event e : ordered) {
      Instant when = at.minus(Duration.ofMinutes(e.minutesBefore()));
      p =
          e.optIn()
              ? p.optIn(e.channel(), e.written() ? "written:form" : "web-form:offer", when)
              : p.optOut(e.channel(), "reply", when);
    }
    return p;
  }

  /** Days before the request of a purchase: often near the 18-month boundary. */
  static Arbitrary<Long> purchaseMinutesBefore() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            Arbitraries.longs()
                .between(0, 800L * 24 * 60)
                .withDistribution(RandomDistribution.uniform())),
        Tuple.of(
            2,
            Arbitraries.longs()
                .between(530L * 24 * 60, 580L * 24 * 60)
                .withDistribution(RandomDistribution.uniform())),
        Tuple.of(1, Arbitraries.just(-1L)));
  }

  static Arbitrary<CustomerRelationship> relationship(Instant at) {
    return Combinators.combine(
            purchaseMinutesBefore(),
            Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(-1L)),
                Tuple.of(
                    1,
                    Arbitraries.longs()
                        .between(0, 200L * 24 * 60)
                        .withDistribution(RandomDistribution.uniform()))),
            Arbitraries.of("router", "phone").set().ofMaxSize(2),
            Arbitraries.of(true, false),
            Arbitraries.frequency(Tuple.of(8, Long.MIN_VALUE), Tuple.of(2, 0L)),
            Arbitraries.longs()
                .between(-10L * 24 * 60, 10L * 24 * 60)
                .withDistribution(RandomDistribution.uniform()))
        .as(
            (purchase, inquiry, products, offered, objects, objectionOffset) ->
                new CustomerRelationship(
                    purchase < 0 ? null : at.minus(Duration.ofMinutes(purchase)),
                    inquiry < 0 ? null : at.minus(Duration.ofMinutes(inquiry)),
                    products,
                    offered,
                    objects == Long.MIN_VALUE
                        ? null
                        : at.minus(Duration.ofMinutes(objectionOffset))));
  }

  static Arbitrary<MessageContent> messages() {
    Arbitrary<MessageContent> some =
        Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                Arbitraries.frequency(Tuple.of(4, "1 Main St"), Tuple.of(1, "")),
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)))
            .as(MessageContent::new);
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(null)), Tuple.of(6, some));
  }

  static Arbitrary<MarketingFacts> facts(Instant at) {
    Arbitrary<Set<ExclusionReason>> exclusions =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.just(Set.<ExclusionReason>of())),
            Tuple.of(1, Arbitraries.of(ExclusionReason.class).set().ofMinSize(1)));
    Arbitrary<Instant> national =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(null)),
            Tuple.of(
                1,
                Arbitraries.longs()
                    .between(-2L * 24 * 60, 400L * 24 * 60)
                    .withDistribution(RandomDistribution.uniform())
                    .map(m -> at.minus(Duration.ofMinutes(m)))));
    Arbitrary<Instant> company =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just(null)),
            Tuple.of(
                1,
                Arbitraries.longs()
                    .between(-2L * 24 * 60, 20L * 24 * 60)
                    .withDistribution(RandomDistribution.uniform())
                    .map(m -> at.minus(Duration.ofMinutes(m)))));
    Arbitrary<List<Instant>> sends =
        Arbitraries.longs()
            .between(0, 10L * 24 * 60)
            .withDistribution(RandomDistribution.uniform())
            .map(m -> at.minus(Duration.ofMinutes(m)))
            .list()
            .ofMaxSize(5);
    return Combinators.combine(exclusions, national, company, sends).as(MarketingFacts::new);
  }

  @Provide
  Arbitrary<Sample> samples() {
    return sampleArbitrary();
  }

  static Arbitrary<Sample> sampleArbitrary() {
    return instants()
        .flatMap(
            at ->
                Combinators.combine(
                        zones(),
                        Arbitraries.of("US", "US", "EU", "XX"),
                        outreach(),
                        events(),
                        relationship(at),
                        messages(),
                        facts(at))
                    .as(
                        (zones, jurisdiction, outreach, events, relationship, message, facts) ->
                            new Sample(
                                new MarketingContactRequest(
                                    preferences(events, at),
                                    zones,
                                    jurisdiction,
                                    outreach,
                                    at,
                                    relationship,
                                    message),
                                facts)));
  }

  // ---------------------------------------------------------------- oracles

  static boolean has(String jurisdiction, String ruleId) {
    return !CONFIG.switchedOff().getOrDefault(jurisdiction, List.of()).contains(ruleId);
  }

  static Set<Channel> medium(Channel c) {
    return c == Channel.PHONE || c == Channel.AUTOMATED_CALL
        ? EnumSet.of(Channel.PHONE, Channel.AUTOMATED_CALL)
        : EnumSet.of(c);
  }

  /** The latest record on the medium given by the request's instant, or null (grace 0). */
  static ConsentRecord latest(
      ContactPreferences p, Set<Channel> medium, Instant at, boolean writtenOnly) {
    List<ConsentRecord> h = p.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      ConsentRecord r = h.get(i);
      if (!medium.contains(r.channel()) || r.at().isAfter(at)) {
        continue;
      }
      if (writtenOnly
          && r.status() == ConsentStatus.OPTED_IN
          && !r.source().startsWith("written:")) {
        continue;
      }
      return r;
    }
    return null;
  }

  static boolean written(MarketingContactRequest r) {
    ConsentRecord c = latest(r.contact(), medium(r.outreach().channel()), r.at(), true);
    return c != null && c.status() == ConsentStatus.OPTED_IN;
  }

  static boolean localTimesWithin(Instant at, Set<ZoneId> zones, LocalTime from, LocalTime to) {
    for (ZoneId z : zones) {
      LocalTime t = at.atZone(z).toLocalTime();
      if (t.isBefore(from) || !t.isBefore(to)) {
        return false;
      }
    }
    return true;
  }

  /** TCPA quiet hours: telephone solicitation only 08:00-21:00 in every plausible zone. */
  static boolean withinQuietHours(Sample s) {
    MarketingContactRequest r = s.request();
    return !r.outreach().isMarketing()
        || !r.outreach().channel().isRealTime()
        || localTimesWithin(r.at(), r.zones(), LocalTime.of(8, 0), LocalTime.of(21, 0));
  }

  /** The configured send window of the channel, in every plausible zone. */
  static boolean withinSendWindow(Sample s) {
    MarketingContactRequest r = s.request();
    TimeWindow w =
        switch (r.outreach().channel()) {
          case EMAIL -> EMAIL_WINDOW;
          case SMS -> SMS_WINDOW;
          default -> null;
        };
    return w == null || localTimesWithin(r.at(), r.zones(), w.from(), w.to());
  }

  /** The consent the channel and purpose need, re-derived from the regulations. */
  static boolean hasTheConsentItNeeds(Sample s) {
    MarketingContactRequest r = s.request();
    Outreach o = r.outreach();
    String j = r.jurisdiction();
    if (!o.isMarketing()) {
      return true;
    }
    boolean telephone = o.channel().isRealTime();
    boolean automated =
        o.channel() == Channel.SMS || o.channel() == Channel.AUTOMATED_CALL || o.automated();
    ConsentRecord latest = latest(r.contact(), medium(o.channel()), r.at(), false);
    boolean optedOut = latest != null && latest.status() == ConsentStatus.OPTED_OUT;
    boolean optedIn = latest != null && latest.status() == ConsentStatus.OPTED_IN;
    // 47 CFR 64.1200(a)(2)-(3): prior express written consent
    if (has(j, MarketingRules.WRITTEN_CONSENT) && telephone && automated && !written(r)) {
      return false;
    }
    // 64.1200(a)(10): a revocation stops calls and texts; 15 U.S.C. 7704(a)(4): e-mail opt-out
    if (telephone && optedOut) {
      return false;
    }
    if (has(j, MarketingRules.EMAIL_OPT_OUT) && o.channel() == Channel.EMAIL && optedOut) {
      return false;
    }
    // GDPR art. 21(3)
    Instant objected = r.relationship().objectedToMarketingAt();
    if (has(j, MarketingRules.GDPR_OBJECTION) && objected != null && !objected.isAfter(r.at())) {
      return false;
    }
    // ePrivacy art. 13(1)-(2)
    boolean electronic = o.channel() == Channel.EMAIL || o.channel() == Channel.SMS;
    if (has(j, MarketingRules.EPRIVACY_CONSENT) && (electronic || (telephone && automated))) {
      if (optedIn) {
        return true;
      }
      CustomerRelationship rel = r.relationship();
      boolean soft =
          latest == null
              && electronic
              && rel.lastPurchase() != null
              && !rel.lastPurchase().isAfter(r.at())
              && o.product() != null
              && rel.purchasedProducts().contains(o.product())
              && rel.optOutOfferedAtCollection()
              && r.message() != null
              && r.message().workingOptOut();
      return soft;
    }
    return true;
  }

  /** 64.1200(c)(2), (d), (f)(5): no call or text to a listed number without an exemption. */
  static boolean respectsDoNotCall(Sample s) {
    MarketingContactRequest r = s.request();
    Outreach o = r.outreach();
    if (!o.isMarketing() || !o.channel().isRealTime()) {
      return true;
    }
    Instant company = s.facts().companyDncSince();
    boolean onCompanyList =
        r.contact().doNotCall() || (company != null && !company.isAfter(r.at()));
    if (onCompanyList) {
      return false;
    }
    Instant national = s.facts().nationalDncSince();
    if (!has(r.jurisdiction(), MarketingRules.NATIONAL_DNC)
        || national == null
        || national.isAfter(r.at())) {
      return true;
    }
    return written(r)
        || within(r.relationship().lastPurchase(), 18, r)
        || within(r.relationship().lastInquiry(), 3, r);
  }

  static boolean within(Instant event, int months, MarketingContactRequest r) {
    if (event == null || event.isAfter(r.at())) {
      return false;
    }
    for (ZoneId z : r.zones()) {
      ZonedDateTime ends = event.atZone(z).plusMonths(months);
      if (!r.at().isBefore(ends.toInstant())) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- properties

  @Property(tries = 1000)
  void noTelephoneSolicitationOutsideQuietHoursInAnyPlausibleZone(@ForAll("samples") Sample s) {
    assertThat(!s.allowedBy(POLICY) || withinQuietHours(s)).as("%s", s).isTrue();
  }

  @Property(tries = 1000)
  void noContactOutsideItsSendWindowInAnyPlausibleZone(@ForAll("samples") Sample s) {
    assertThat(!s.allowedBy(POLICY) || withinSendWindow(s)).as("%s", s).isTrue();
  }

  @Property(tries = 1000)
  void noMarketingWithoutTheConsentItsChannelAndPurposeNeed(@ForAll("samples") Sample s) {
    assertThat(!s.allowedBy(POLICY) || hasTheConsentItNeeds(s)).as("%s", s).isTrue();
  }

  @Property(tries = 1000)
  void noCallOrTextToADoNotCallNumberWithoutAnExemption(@ForAll("samples") Sample s) {
    assertThat(!s.allowedBy(POLICY) || respectsDoNotCall(s)).as("%s", s).isTrue();
  }

  @Property(tries = 1000)
  void excludedContactsAndFullCapsAreNeverAllowed(@ForAll("samples") Sample s) {
    if (!s.allowedBy(POLICY) || !s.request().outreach().isMarketing()) {
      return;
    }
    assertThat(s.facts().exclusions()).isEmpty();
    long inWindow =
        s.facts().recentSends().stream()
            .filter(t -> t.isAfter(s.request().at().minus(WEEK)) && !t.isAfter(s.request().at()))
            .count();
    assertThat(inWindow).isLessThan(CAP);
  }

  /** A run of contacts to one person through the gate: wait, then ask on some channel. */
  record Step(long gapMinutes, Channel channel) {}

  @Provide
  Arbitrary<List<Step>> runs() {
    return runArbitrary();
  }

  static Arbitrary<List<Step>> runArbitrary() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 1800).withDistribution(RandomDistribution.uniform()),
            Arbitraries.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.AUTOMATED_CALL))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(40);
  }

  /** Runs the steps through a gate and returns the instants it allowed. */
  static List<Instant> allowed(MarketingPolicy policy, Set<ZoneId> zones, List<Step> steps) {
    return allowed(policy, zones, steps, null);
  }

  /**
   * Runs the steps through a gate, deciding them in time order or, with a random source, in a
   * shuffled order (campaigns with their own clocks), and returns the instants it allowed.
   */
  static List<Instant> allowed(
      MarketingPolicy policy, Set<ZoneId> zones, List<Step> steps, java.util.Random shuffle) {
    MarketingGate gate =
        new MarketingGate(policy, MarketingGate.Ports.inMemory(), new InMemoryLocks());
    Instant at = Instant.parse("2026-03-01T12:00:00Z");
    ContactPreferences p = ContactPreferences.none(ContactId.of("c-1"));
    for (Channel c : List.of(Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.AUTOMATED_CALL)) {
      p = p.optIn(c, "written:form", at.minus(Duration.ofDays(30)));
    }
    List<Instant> instants = new ArrayList<>();
    for (Step step : steps) {
      at = at.plus(Duration.ofMinutes(step.gapMinutes()));
      instants.add(at);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      order.add(i);
    }
    if (shuffle != null) {
      java.util.Collections.shuffle(order, shuffle);
    }
    List<Instant> allowed = new ArrayList<>();
    for (int i : order) {
      Step step = steps.get(i);
      at = instants.get(i);
      Outreach o =
          new Outreach(
              step.channel(),
              false,
              step.channel() == Channel.EMAIL ? "ann@example.com" : NUMBER,
              Purpose.MARKETING,
              "router");
      MarketingContactRequest r =
          new MarketingContactRequest(
              p,
              zones,
              "US",
              o,
              at,
              CustomerRelationship.customer(at.minus(Duration.ofDays(40)), Set.of("router")),
              MessageContent.complete("1 Main St"));
      if (gate.decideAndRecord(r).allowed()) {
        allowed.add(at);
      }
    }
    return allowed;
  }

  static boolean neverOverTheCap(List<Instant> allowed) {
    for (Instant s : allowed) {
      long n = allowed.stream().filter(t -> t.isAfter(s.minus(WEEK)) && !t.isAfter(s)).count();
      if (n > CAP) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 1000)
  void noRollingWindowEverHoldsMoreContactsThanTheCap(
      @ForAll("runs") List<Step> steps, @ForAll("zoneSets") Set<ZoneId> zones) {
    assertThat(neverOverTheCap(allowed(POLICY, zones, steps))).isTrue();
  }

  @Property(tries = 1000)
  void noRollingWindowHoldsMoreThanTheCapWhenCampaignsDecideOutOfTimeOrder(
      @ForAll("runs") List<Step> steps,
      @ForAll("zoneSets") Set<ZoneId> zones,
      @ForAll java.util.Random random) {
    assertThat(neverOverTheCap(allowed(POLICY, zones, steps, random))).isTrue();
  }

  @Provide
  Arbitrary<Set<ZoneId>> zoneSets() {
    return zones();
  }

  // ---------------------------------------------------------------- mutants

  /** Finds a sample the mutant allows and the invariant forbids. */
  static boolean findsACounterexample(MarketingPolicy mutant, BiPredicate<Sample, Boolean> holds) {
    return findsACounterexample(mutant, holds, s -> s);
  }

  /**
   * Finds a sample the mutant allows and the invariant forbids, among generated samples moved
   * towards the mutated rule's ground (a live call in the US to a registered number).
   */
  static boolean findsACounterexample(
      MarketingPolicy mutant,
      BiPredicate<Sample, Boolean> holds,
      java.util.function.UnaryOperator<Sample> focus) {
    return sampleArbitrary()
        .sampleStream()
        .limit(MUTANT_SAMPLES)
        .map(focus)
        .anyMatch(s -> !holds.test(s, s.allowedBy(mutant)));
  }

  /**
   * The same sample as a marketing e-mail in the EU to a customer offered the opt-out, with no
   * e-mail consent on record and an opt-out in the message: where the soft opt-in decides.
   */
  static Sample anEuEmailToACustomer(Sample s) {
    MarketingContactRequest r = s.request();
    ContactPreferences p = r.contact();
    ContactPreferences noEmailRecords =
        new ContactPreferences(
            p.contact(),
            p.history().stream().filter(c -> c.channel() != Channel.EMAIL).toList(),
            p.doNotCall(),
            p.inconvenientTimes(),
            p.preferred());
    CustomerRelationship rel = r.relationship();
    CustomerRelationship customer =
        new CustomerRelationship(
            rel.lastPurchase() == null ? r.at().minus(Duration.ofDays(100)) : rel.lastPurchase(),
            rel.lastInquiry(),
            rel.purchasedProducts(),
            true,
            null);
    MarketingContactRequest mail =
        new MarketingContactRequest(
            noEmailRecords,
            r.zones(),
            "EU",
            Outreach.email("ann@example.com", r.outreach().product()),
            r.at(),
            customer,
            MessageContent.complete("1 Main St"));
    return new Sample(mail, s.facts());
  }

  /** The same sample as a live marketing call in the US to a number registered 30 days before. */
  static Sample onTheNationalRegistry(Sample s) {
    MarketingContactRequest r = s.request();
    MarketingContactRequest call =
        new MarketingContactRequest(
            r.contact(),
            r.zones(),
            "US",
            Outreach.call(NUMBER, false, r.outreach().product()),
            r.at(),
            r.relationship(),
            r.message());
    return new Sample(call, s.facts().withNationalDnc(r.at().minus(Duration.ofDays(30))));
  }

  static BiPredicate<Sample, Boolean> implies(java.util.function.Predicate<Sample> invariant) {
    return (s, allowed) -> !allowed || invariant.test(s);
  }

  /** Quiet hours checked in the first plausible zone only. */
  static ContactRule<MarketingCheck> quietHoursInTheFirstZoneOnly() {
    return MarketingRules.rule(
        MarketingRules.QUIET_HOURS,
        c -> {
          Outreach o = c.request().outreach();
          if (!o.isMarketing() || !o.isTelephone()) {
            return RuleOutcome.notApplicable(MarketingRules.QUIET_HOURS, "n/a");
          }
          ZoneId first = c.request().zones().iterator().next();
          return TimeWindow.TCPA_HOURS.contains(c.request().at().atZone(first).toLocalTime())
              ? RuleOutcome.allow(MarketingRules.QUIET_HOURS, "mutant")
              : RuleOutcome.block(MarketingRules.QUIET_HOURS, "mutant");
        });
  }

  @Example
  void theQuietHoursPropertyCatchesARuleThatChecksOneZone() {
    MarketingPolicy mutant = POLICY.replacing(quietHoursInTheFirstZoneOnly());
    assertThat(
            findsACounterexample(mutant, implies(MarketingComplianceProperties::withinQuietHours)))
        .isTrue();
  }

  @Example
  void theSendWindowPropertyCatchesARuleThatChecksOneZone() {
    MarketingPolicy mutant =
        POLICY.replacing(
            MarketingRules.rule(
                MarketingRules.SEND_WINDOW,
                c -> {
                  MarketingContactRequest r = c.request();
                  ZoneId first = r.zones().iterator().next();
                  TimeWindow w = CONFIG.sendWindows().get(r.outreach().channel());
                  return w == null || w.contains(r.at().atZone(first).toLocalTime())
                      ? RuleOutcome.allow(MarketingRules.SEND_WINDOW, "mutant")
                      : RuleOutcome.block(MarketingRules.SEND_WINDOW, "mutant");
                }));
    assertThat(
            findsACounterexample(mutant, implies(MarketingComplianceProperties::withinSendWindow)))
        .isTrue();
  }

  @Example
  void theConsentPropertyCatchesWrittenConsentThatAcceptsAnyOptIn() {
    MarketingPolicy mutant =
        POLICY.replacing(
            MarketingRules.rule(
                MarketingRules.WRITTEN_CONSENT,
                c -> {
                  Outreach o = c.request().outreach();
                  if (!o.isMarketing() || !o.isTelephone() || !o.usesAutomation()) {
                    return RuleOutcome.notApplicable(MarketingRules.WRITTEN_CONSENT, "n/a");
                  }
                  ConsentRecord r =
                      READ.inEffect(
                          c.request().contact(),
                          Revocations.medium(o.channel()),
                          c.request().at(),
                          0,
                          x -> true);
                  return r != null && r.status() == ConsentStatus.OPTED_IN
                      ? RuleOutcome.allow(MarketingRules.WRITTEN_CONSENT, "mutant")
                      : RuleOutcome.block(MarketingRules.WRITTEN_CONSENT, "mutant");
                }));
    assertThat(
            findsACounterexample(
                mutant, implies(MarketingComplianceProperties::hasTheConsentItNeeds)))
        .isTrue();
  }

  @Example
  void theConsentPropertyCatchesASoftOptInForAnyProduct() {
    ContactRule<MarketingCheck> real = MarketingRules.eprivacyConsent(READ);
    MarketingPolicy mutant =
        POLICY.replacing(
            MarketingRules.rule(
                MarketingRules.EPRIVACY_CONSENT,
                c -> {
                  MarketingContactRequest r = c.request();
                  Set<String> bought = r.relationship().purchasedProducts();
                  if (bought.isEmpty()) {
                    return real.evaluate(c);
                  }
                  Outreach o = r.outreach();
                  Outreach anyProduct =
                      new Outreach(
                          o.channel(),
                          o.automated(),
                          o.address(),
                          o.purpose(),
                          bought.iterator().next());
                  MarketingContactRequest same =
                      new MarketingContactRequest(
                          r.contact(),
                          r.zones(),
                          r.jurisdiction(),
                          anyProduct,
                          r.at(),
                          r.relationship(),
                          r.message());
                  return real.evaluate(new MarketingCheck(same, c.facts()));
                }));
    assertThat(
            findsACounterexample(
                mutant,
                implies(MarketingComplianceProperties::hasTheConsentItNeeds),
                MarketingComplianceProperties::anEuEmailToACustomer))
        .isTrue();
  }

  @Example
  void theDoNotCallPropertyCatchesARelationshipOfNineteenMonths() {
    MarketingPolicy mutant =
        POLICY.replacing(MarketingRules.nationalDoNotCall(new RelationshipExemption(19, 3), READ));
    assertThat(
            findsACounterexample(
                mutant,
                implies(MarketingComplianceProperties::respectsDoNotCall),
                MarketingComplianceProperties::onTheNationalRegistry))
        .isTrue();
  }

  @Example
  void theDoNotCallPropertyCatchesARelationshipThatSurvivesACompanyRequest() {
    ContactRule<MarketingCheck> national =
        MarketingRules.nationalDoNotCall(RelationshipExemption.FEDERAL, READ);
    MarketingPolicy mutant =
        POLICY
            .replacing(
                MarketingRules.rule(
                    MarketingRules.NATIONAL_DNC,
                    c ->
                        national.evaluate(
                            new MarketingCheck(c.request(), c.facts().withCompanyDnc(null)))))
            .replacing(
                MarketingRules.rule(
                    MarketingRules.COMPANY_DNC,
                    c -> RuleOutcome.allow(MarketingRules.COMPANY_DNC, "mutant: list ignored")));
    assertThat(
            findsACounterexample(
                mutant,
                implies(MarketingComplianceProperties::respectsDoNotCall),
                MarketingComplianceProperties::onTheNationalRegistry))
        .isTrue();
  }

  @Example
  void theCapPropertyCatchesACapOffByOne() {
    MarketingPolicy mutant =
        POLICY.replacing(
            MarketingRules.rule(
                MarketingRules.FREQUENCY_CAP,
                c -> {
                  Instant at = c.request().at();
                  long n =
                      c.facts().recentSends().stream()
                          .filter(t -> t.isAfter(at.minus(WEEK)) && !t.isAfter(at))
                          .count();
                  return n > CAP
                      ? RuleOutcome.block(MarketingRules.FREQUENCY_CAP, "mutant")
                      : RuleOutcome.allow(MarketingRules.FREQUENCY_CAP, "mutant");
                }));
    boolean found =
        Combinators.combine(runArbitrary(), zones())
            .as((steps, zones) -> allowed(mutant, zones, steps))
            .sampleStream()
            .limit(2_000)
            .anyMatch(a -> !neverOverTheCap(a));
    assertThat(found).isTrue();
  }

  @Example
  void theOutOfOrderCapPropertyCatchesACapThatLooksOnlyBackwards() {
    MarketingPolicy mutant =
        POLICY.replacing(
            MarketingRules.rule(
                MarketingRules.FREQUENCY_CAP,
                c -> {
                  Instant at = c.request().at();
                  long n =
                      c.facts().recentSends().stream()
                          .filter(t -> t.isAfter(at.minus(WEEK)) && !t.isAfter(at))
                          .count();
                  return n >= CAP
                      ? RuleOutcome.block(MarketingRules.FREQUENCY_CAP, "mutant")
                      : RuleOutcome.allow(MarketingRules.FREQUENCY_CAP, "mutant");
                }));
    java.util.Random random = new java.util.Random(16);
    boolean found =
        Combinators.combine(runArbitrary(), zones())
            .as((steps, zones) -> allowed(mutant, zones, steps, random))
            .sampleStream()
            .limit(2_000)
            .anyMatch(a -> !neverOverTheCap(a));
    assertThat(found).isTrue();
  }
}
