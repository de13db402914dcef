package dev.revops.collections.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.collections.service.GateResult;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPreferences;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Generated sequences of intended contacts over weeks, in zones with daylight-saving changes, with
 * cease requests and opt-outs arriving on the way. The checks below re-derive each regulation from
 * the log of what was allowed, independently of the rules' code.
 */
class ComplianceProperties {
  /** One generated step: wait, then either an inbound event or an intended contact. */
  record Step(
      long gapMinutes, Channel channel, int event, ContactOutcome outcome, ContactKind kind) {
    /** Lists of {@code min} to {@code max} steps drawn from the arbitraries of each part. */
    static Arbitrary<List<Step>> lists(
        Arbitrary<Long> gaps,
        Arbitrary<Channel> channels,
        Arbitrary<Integer> events,
        Arbitrary<ContactOutcome> outcomes,
        Arbitrary<ContactKind> kinds,
        int min,
        int max) {
      return Combinators.combine(gaps, channels, events, outcomes, kinds)
          .as(Step::new)
          .list()
          .ofMinSize(min)
          .ofMaxSize(max);
    }
  }

  record Allowed(
      int index, Channel channel, Instant at, ContactOutcome outcome, ContactKind kind) {}

  /** Mostly collection, sometimes one of the other kinds (the 1692c(c) notices among them). */
  static Arbitrary<ContactKind> kinds() {
    return Arbitraries.frequency(
        Tuple.of(12, ContactKind.COLLECTION),
        Tuple.of(1, ContactKind.VALIDATION_NOTICE),
        Tuple.of(1, ContactKind.VERIFICATION),
        Tuple.of(2, ContactKind.CEASE_TERMINATION_NOTICE),
        Tuple.of(2, ContactKind.CEASE_REMEDIES_NOTICE),
        Tuple.of(2, ContactKind.CEASE_REMEDY_INTENDED_NOTICE));
  }

  @Provide
  Arbitrary<Set<ZoneId>> zones() {
    return Arbitraries.of(
            "America/New_York",
            "America/Los_Angeles",
            "America/Denver",
            "America/Phoenix",
            "America/Anchorage",
            "Pacific/Honolulu",
            "America/St_Johns",
            "Europe/London",
            "Australia/Lord_Howe")
        .map(ZoneId::of)
        .set()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<Instant> starts() {
    // around the 2026 DST changes of North America, Europe and Australia
    return Combinators.combine(
            Arbitraries.of(
                "2026-03-08T00:00:00Z",
                "2026-11-01T00:00:00Z",
                "2026-03-29T00:00:00Z",
                "2026-10-25T00:00:00Z",
                "2026-04-05T00:00:00Z",
                "2026-10-04T00:00:00Z"),
            Arbitraries.longs().between(0, 14 * 24 * 60))
        .as((s, back) -> Instant.parse(s).minus(Duration.ofMinutes(back)));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Long> gaps =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 180),
            Arbitraries.longs().between(0, 900),
            Arbitraries.longs().between(0, 4_000));
    Arbitrary<Channel> channels =
        Arbitraries.frequency(
            Tuple.of(6, Channel.PHONE),
            Tuple.of(3, Channel.AUTOMATED_CALL),
            Tuple.of(2, Channel.SMS),
            Tuple.of(2, Channel.EMAIL),
            Tuple.of(1, Channel.LETTER));
    Arbitrary<ContactOutcome> outcomes =
        Arbitraries.frequency(
            Tuple.of(10, ContactOutcome.NO_ANSWER),
            Tuple.of(2, ContactOutcome.VOICEMAIL_LEFT),
            Tuple.of(1, ContactOutcome.WRONG_PARTY),
            Tuple.of(1, ContactOutcome.RIGHT_PARTY_CONTACT),
            Tuple.of(1, ContactOutcome.PROMISE_TO_PAY),
            Tuple.of(1, ContactOutcome.REFUSAL),
            Tuple.of(1, ContactOutcome.DISPUTE));
    return Step.lists(
        gaps, channels, Arbitraries.integers().between(0, 99), outcomes, kinds(), 1, 80);
  }

  @Property(tries = 1000)
  void theGateNeverAllowsAContactTheRegulationsForbid(
      @ForAll("zones") Set<ZoneId> zones,
      @ForAll("starts") Instant start,
      @ForAll("steps") List<Step> steps,
      @ForAll boolean consented) {
    ComplianceFixtures f = new ComplianceFixtures();
    ContactPreferences prefs =
        consented
            ? ComplianceFixtures.consenting()
            : ContactPreferences.none(ComplianceFixtures.PERSON);
    DebtFacts facts = ComplianceFixtures.noticed();
    Integer ceaseAt = null;
    Integer disputedAt = null;
    Map<Channel, Integer> optedOutAt = new EnumMap<>(Channel.class);
    List<Allowed> allowed = new ArrayList<>();
    Instant t = start;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      t = t.plus(Duration.ofMinutes(s.gapMinutes()));
      if (s.event() < 2) {
        if (ceaseAt == null) {
          ceaseAt = i;
          facts = facts.withCease(t);
        }
        continue;
      }
      if (s.event() < 5) {
        prefs = prefs.optOut(s.channel(), "request", t);
        optedOutAt.putIfAbsent(s.channel(), i);
        continue;
      }
      GateResult r =
          f.gate.attempt(
              IntendedContact.builder()
                  .account(ComplianceFixtures.ACC)
                  .debt(ComplianceFixtures.DEBT)
                  .preferences(prefs)
                  .zones(zones)
                  .channel(s.channel())
                  .at(t)
                  .kind(s.kind())
                  .facts(facts)
                  .build());
      if (r.allowed()) {
        allowed.add(new Allowed(i, s.channel(), t, s.outcome(), s.kind()));
        f.gate.recordOutcome(r.entry().id(), s.outcome(), t, "");
        if (s.outcome() == ContactOutcome.DISPUTE && disputedAt == null) {
          disputedAt = i;
        }
      }
    }

    for (Allowed a : allowed) {
      // convenient hours in every plausible zone (letters excepted)
      if (a.channel() != Channel.LETTER) {
        for (ZoneId z : zones) {
          LocalTime local = a.at().atZone(z).toLocalTime();
          assertThat(local).isBetween(LocalTime.of(8, 0), LocalTime.of(20, 59, 59, 999_999_999));
        }
      }
      // after a cease request nothing but the written notices of 1692c(c)(1)-(3)
      if (ceaseAt != null && a.index() > ceaseAt) {
        assertThat(a.kind().isCeaseExemptNotice()).as("%s after cease", a.kind()).isTrue();
        assertThat(a.channel()).isIn(Channel.LETTER, Channel.EMAIL);
      }
      // nothing after a dispute but the verification (the facts never say verified, here)
      if (disputedAt != null && a.index() > disputedAt) {
        assertThat(a.kind()).isEqualTo(ContactKind.VERIFICATION);
      }
      // nothing on a medium after its opt-out; calls are one medium
      Integer out = optedOutAt.get(a.channel());
      if (DebtContactRules.isCall(a.channel())) {
        out = min(out, min(optedOutAt.get(Channel.PHONE), optedOutAt.get(Channel.AUTOMATED_CALL)));
      }
      if (out != null) {
        assertThat(a.index()).isLessThan(out);
      }
    }

    List<Allowed> calls =
        allowed.stream().filter(a -> DebtContactRules.isCall(a.channel())).toList();
    for (ZoneId z : zones) {
      for (Allowed first : calls) {
        LocalDate from = first.at().atZone(z).toLocalDate();
        long inWindow =
            calls.stream()
                .map(c -> c.at().atZone(z).toLocalDate())
                .filter(d -> !d.isBefore(from) && !d.isAfter(from.plusDays(6)))
                .count();
        assertThat(inWindow).as("calls in 7 days from %s in %s", from, z).isLessThanOrEqualTo(7);
        if (first.outcome().isConversation()) {
          for (Allowed later : calls) {
            if (later.at().isAfter(first.at())) {
              long days = ChronoUnit.DAYS.between(from, later.at().atZone(z).toLocalDate());
              assertThat(days).as("call after a conversation in %s", z).isGreaterThanOrEqualTo(7);
            }
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<DebtFacts> anyFacts() {
    Arbitrary<DisputeStatus> disputes = Arbitraries.of(DisputeStatus.class);
    return Combinators.combine(
            disputes,
            Arbitraries.of(true, false, false, false),
            Arbitraries.of(true, false, false, false),
            Arbitraries.of(true, false))
        .as(
            (dispute, bankrupt, deceased, noticed) -> {
              DebtFacts f = noticed ? ComplianceFixtures.noticed() : DebtFacts.clean();
              return f.withDispute(dispute).withFlags(bankrupt, deceased);
            });
  }

  @Provide
  Arbitrary<List<Earlier>> histories() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 20 * 24 * 60),
            Arbitraries.of(Channel.class),
            Arbitraries.of(true, false))
        .as(Earlier::new)
        .list()
        .ofMaxSize(12);
  }

  /** A contact placed some minutes before the request. */
  record Earlier(long minutesBefore, Channel channel, boolean conversation) {
    ContactAttempt before(Instant at) {
      return new ContactAttempt(channel, at.minus(Duration.ofMinutes(minutesBefore)), conversation);
    }
  }

  /**
   * FDCPA 1692c(c) on single requests: after a cease request no contact of another purpose is
   * allowed, whatever the channel, time, consent, history and other facts; a notice of
   * 1692c(c)(1)-(3) by letter or e-mail is never blocked by the cease rule (the decision is the one
   * without the cease request, and the rule's reason cites the provision); by call or text it is.
   */
  @Property(tries = 1000)
  void afterACeaseRequestOnlyTheWrittenNoticesOf1692cPass(
      @ForAll("zones") Set<ZoneId> zones,
      @ForAll("starts") Instant at,
      @ForAll Channel channel,
      @ForAll ContactKind kind,
      @ForAll("anyFacts") DebtFacts facts,
      @ForAll("histories") List<Earlier> earlier,
      @ForAll boolean consented,
      @ForAll boolean ceased) {
    ContactPreferences prefs =
        consented
            ? ComplianceFixtures.consenting()
            : ContactPreferences.none(ComplianceFixtures.PERSON);
    List<ContactAttempt> history = earlier.stream().map(e -> e.before(at)).toList();
    DebtFacts withCease = ceased ? facts.withCease(at.minus(Duration.ofDays(1))) : facts;
    var policy = CollectionsContactPolicy.standard(ComplianceFixtures.CALENDAR);
    var decision = policy.decide(request(prefs, zones, channel, at, kind, withCease, history));
    var cease =
        decision.outcomes().stream()
            .filter(o -> o.ruleId().equals(DebtContactRules.CEASE))
            .findFirst()
            .orElseThrow();
    boolean written = channel == Channel.LETTER || channel == Channel.EMAIL;
    if (!ceased) {
      assertThat(cease.blocks()).isFalse();
    } else if (kind.isCeaseExemptNotice() && written) {
      assertThat(cease.blocks()).isFalse();
      assertThat(cease.reason()).contains(kind.ceaseCitation());
      assertThat(decision.blockingRuleIds())
          .isEqualTo(
              policy
                  .decide(request(prefs, zones, channel, at, kind, facts, history))
                  .blockingRuleIds());
    } else {
      assertThat(decision.allowed()).isFalse();
      assertThat(decision.blockingRuleIds()).contains(DebtContactRules.CEASE);
      assertThat(cease.reason()).contains("1692c(c)");
    }
  }

  private static DebtContactRequest request(
      ContactPreferences prefs,
      Set<ZoneId> zones,
      Channel channel,
      Instant at,
      ContactKind kind,
      DebtFacts facts,
      List<ContactAttempt> history) {
    return DebtContactRequest.builder()
        .preferences(prefs)
        .zones(zones)
        .channel(channel)
        .at(at)
        .account(ComplianceFixtures.ACC)
        .debt(ComplianceFixtures.DEBT)
        .facts(facts)
        .history(history)
        .kind(kind)
        .build();
  }

  @Provide
  Arbitrary<List<Step>> denseCalls() {
    Arbitrary<ContactOutcome> outcomes =
        Arbitraries.frequency(
            Tuple.of(20, ContactOutcome.NO_ANSWER),
            Tuple.of(4, ContactOutcome.VOICEMAIL_LEFT),
            Tuple.of(1, ContactOutcome.RIGHT_PARTY_CONTACT));
    return Step.lists(
        Arbitraries.longs().between(0, 720),
        Arbitraries.of(Channel.PHONE, Channel.AUTOMATED_CALL),
        Arbitraries.just(99),
        outcomes,
        Arbitraries.just(ContactKind.COLLECTION),
        8,
        60);
  }

  @Property(tries = 1000)
  void denseCallingNeverPlacesAnEighthCallInSevenDays(
      @ForAll("zones") Set<ZoneId> zones,
      @ForAll("starts") Instant start,
      @ForAll("denseCalls") List<Step> steps) {
    theGateNeverAllowsAContactTheRegulationsForbid(zones, start, steps, true);
  }

  @Property(tries = 1000)
  void aDebtTheLatestPaymentSettledIsNeverContacted(
      @ForAll("zones") Set<ZoneId> zones,
      @ForAll("starts") Instant start,
      @ForAll("steps") List<Step> steps,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 79) int settledFrom) {
    ComplianceFixtures f = new ComplianceFixtures();
    f.payments.set(ComplianceFixtures.DEBT, dev.revops.core.money.Money.of("10", "USD"));
    Instant t = start;
    for (int i = 0; i < steps.size(); i++) {
      t = t.plus(Duration.ofMinutes(steps.get(i).gapMinutes()));
      if (i == settledFrom) {
        f.payments.set(ComplianceFixtures.DEBT, dev.revops.core.money.Money.of("0", "USD"));
      }
      GateResult r =
          f.gate.attempt(
              ComplianceFixtures.intent(
                  ComplianceFixtures.consenting(),
                  zones,
                  steps.get(i).channel(),
                  t,
                  ComplianceFixtures.noticed()));
      if (i >= settledFrom) {
        assertThat(r.status()).isEqualTo(GateResult.Status.DROPPED_SETTLED);
      }
      assertThat(f.log.all()).hasSize(i + 1); // every attempt is logged, whatever the verdict
    }
  }

  private static Integer min(Integer a, Integer b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Math.min(a, b);
  }
}
