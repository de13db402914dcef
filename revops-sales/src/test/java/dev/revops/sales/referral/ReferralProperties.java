package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralFixture.account;
import static dev.revops.sales.referral.ReferralFixture.lead;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.LeadId;
import dev.revops.sales.referral.ReferralEvents.ReferralRewarded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** The referral invariants over random interleavings of attribution, rejection and replays. */
class ReferralProperties {
  private static final Instant T0 = ReferralFixture.T0;
  private static final int REFERRERS = 3;
  private static final int PARTIES = 5;

  /** One step of a random history. */
  record Step(int kind, int party, int referrer, int days) {}

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, PARTIES - 1),
                Arbitraries.integers().between(0, REFERRERS - 1),
                Arbitraries.integers().between(0, 60))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(40);
  }

  private static AccountId referrer(int i) {
    return account("referrer-" + i);
  }

  private static AccountId party(int i) {
    return account("party-" + i);
  }

  private static LeadId leadOf(int party, int referrer) {
    return lead("lead-" + party + "-" + referrer);
  }

  /** Runs a history: attribute, link, pay (replays in any order), reject, pay again. */
  private static void run(ReferralFixture f, List<Step> history) {
    for (Step s : history) {
      AccountId referred = party(s.party());
      Instant paidAt = T0.plus(Duration.ofDays(s.days()));
      switch (s.kind()) {
        case 0 ->
            f.service.attribute(
                f.service.issueCode(referrer(s.referrer())).code(),
                leadOf(s.party(), s.referrer()),
                s.days() % 2 == 0 ? referred : null);
        case 1 -> {
          for (int r = 0; r < REFERRERS; r++) {
            f.service.linkAccount(leadOf(s.party(), r), referred);
          }
        }
        case 2, 3 -> f.service.firstInvoicePaid(referred, "inv-" + s.party(), paidAt);
        default -> {
          for (Referral r : f.ports.referrals().findByReferredAccount(referred)) {
            if (r.isOpen() && r.status() != ReferralStatus.QUALIFIED) {
              f.service.reject(r.id(), "rejected in the history", "property");
            }
          }
        }
      }
    }
  }

  @Property(tries = 300)
  void rewardsArePaidExactlyOncePerQualifiedReferral(
      @ForAll("histories") List<Step> history, @ForAll @IntRange(min = 1, max = 4) int replays) {
    CountingRewards port = new CountingRewards();
    ReferralFixture f =
        ReferralFixture.withRewardsPort(ReferralPolicy.uncapped(ReferralFixture.CREDIT), port);
    run(f, history);
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < replays; r++) {
      for (int p = 0; p < PARTIES; p++) {
        order.add(p);
      }
    }
    Collections.shuffle(order, new Random(history.hashCode()));
    for (int p : order) {
      f.service.firstInvoicePaid(party(p), "inv-" + p, T0.plus(Duration.ofDays(p)));
    }

    Map<String, Long> calls = port.callsPerKey();
    Map<AccountId, Integer> rewardedPerParty = new HashMap<>();
    List<Referral> all = f.ports.referrals().findAll();
    for (Referral r : all) {
      long granted = calls.getOrDefault(r.rewardIdempotencyKey(), 0L);
      if (r.status() == ReferralStatus.REWARDED) {
        assertThat(granted).as("grants of rewarded %s", r.id()).isEqualTo(1);
        rewardedPerParty.merge(r.referredAccount(), 1, Integer::sum);
      } else {
        assertThat(granted).as("grants of %s in %s", r.id(), r.status()).isZero();
      }
      assertThat(r.status())
          .as("a paid, linked referral never stays qualified")
          .isNotEqualTo(ReferralStatus.QUALIFIED);
      if (r.status() == ReferralStatus.ATTRIBUTED) {
        assertThat(r.referredAccount()).as("only unlinked referrals wait").isNull();
      }
    }
    assertThat(rewardedPerParty.values()).allMatch(n -> n == 1);
    long rewardedCount = all.stream().filter(r -> r.status() == ReferralStatus.REWARDED).count();
    Statistics.label("some referral rewarded").collect(rewardedCount > 0);
    Statistics.label("some referral rejected")
        .collect(all.stream().anyMatch(r -> r.status() == ReferralStatus.REJECTED));
    Statistics.label("some referral rewarded")
        .coverage(c -> c.check(true).percentage(pct -> pct > 30));
    Statistics.label("some referral rejected")
        .coverage(c -> c.check(true).percentage(pct -> pct > 10));
    assertThat(port.calls()).hasSize(calls.size());
    assertThat(f.events.published(ReferralRewarded.class))
        .hasSize((int) all.stream().filter(r -> r.status() == ReferralStatus.REWARDED).count());
  }

  @Property(tries = 300)
  void theCapIsNeverExceeded(
      @ForAll @IntRange(min = 0, max = 3) int perPeriod,
      @ForAll @IntRange(min = 1, max = 40) int periodDays,
      @ForAll @IntRange(min = 0, max = 5) int total,
      @ForAll("paymentDays") List<Integer> days,
      @ForAll("seeds") long seed) {
    Duration period = Duration.ofDays(periodDays);
    CountingRewards port = new CountingRewards();
    ReferralFixture f =
        ReferralFixture.withRewardsPort(
            ReferralPolicy.uncapped(ReferralFixture.CREDIT)
                .withCapPerPeriod(perPeriod, period)
                .withCapTotal(total),
            port);
    AccountId referrer = referrer(0);
    for (int i = 0; i < days.size(); i++) {
      f.refer(referrer, "lead-" + i, party(i));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      order.add(i);
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    for (int i : order) {
      f.service.firstInvoicePaid(party(i), "inv-" + i, T0.plus(Duration.ofDays(days.get(i))));
    }

    Statistics.label("rewards granted").collect(port.calls().size());
    List<Instant> rewarded =
        f.service.referralsOf(referrer).stream()
            .filter(r -> r.status() == ReferralStatus.REWARDED)
            .map(Referral::paidAt)
            .toList();
    assertThat(rewarded).hasSizeLessThanOrEqualTo(total);
    assertThat(port.calls()).hasSize(rewarded.size());
    for (Instant start : rewarded) {
      long inWindow =
          rewarded.stream()
              .filter(t -> !t.isBefore(start) && t.isBefore(start.plus(period)))
              .count();
      assertThat(inWindow)
          .as("rewards in the period from %s", start)
          .isLessThanOrEqualTo(perPeriod);
    }
  }

  @Provide
  Arbitrary<List<Integer>> paymentDays() {
    return Arbitraries.integers().between(0, 120).list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** Which fact the referred party shares with the referrer, and where it shows. */
  record SelfCase(int fact, boolean onLead, PartyFacts referrer, PartyFacts referred, long seed) {}

  @Provide
  Arbitrary<SelfCase> selfReferrals() {
    Arbitrary<String> local =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
    Arbitrary<String> domain = Arbitraries.of("example.com", "gmail.com", "mail.example.org");
    Arbitrary<String> phone =
        Combinators.combine(
                Arbitraries.integers().between(201, 989),
                Arbitraries.integers().between(200, 999),
                Arbitraries.integers().between(0, 9999))
            .as((a, b, c) -> String.format(Locale.ROOT, "%03d%03d%04d", a, b, c));
    Arbitrary<String> fingerprint =
        Arbitraries.strings().alpha().numeric().ofMinLength(6).ofMaxLength(16).map(s -> "fp_" + s);
    Arbitrary<String> street =
        Combinators.combine(
                Arbitraries.integers().between(1, 999),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10),
                Arbitraries.integers().between(1, 40))
            .as((n, name, apt) -> n + " " + name + " street apt " + apt);
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(true, false),
            local,
            domain,
            phone,
            fingerprint,
            street,
            Arbitraries.longs())
        .as(
            (fact, onLead, l, d, p, fp, st, seed) -> {
              Random rnd = new Random(seed);
              PartyFacts referrer = new PartyFacts(l + "@" + d, p, fp, st);
              PartyFacts referred =
                  switch (fact) {
                    case 0 -> new PartyFacts(emailVariant(l, d, rnd), null, null, null);
                    case 1 -> new PartyFacts(null, phoneVariant(p, rnd), null, null);
                    case 2 -> new PartyFacts(null, null, "  " + fp + " ", null);
                    default -> new PartyFacts(null, null, null, addressVariant(st, rnd));
                  };
              return new SelfCase(fact, onLead, referrer, referred, seed);
            });
  }

  private static String emailVariant(String local, String domain, Random rnd) {
    String l = local;
    if (domain.equals("gmail.com") && l.length() > 1) {
      l = l.charAt(0) + "." + l.substring(1);
    }
    if (rnd.nextBoolean()) {
      l = l + "+ref" + rnd.nextInt(100);
    }
    String e =
        l + "@" + (domain.equals("gmail.com") && rnd.nextBoolean() ? "googlemail.com" : domain);
    return " " + (rnd.nextBoolean() ? e.toUpperCase(Locale.ROOT) : e) + "  ";
  }

  private static String phoneVariant(String digits, Random rnd) {
    String a = digits.substring(0, 3);
    String b = digits.substring(3, 6);
    String c = digits.substring(6);
    return switch (rnd.nextInt(5)) {
      case 0 -> "(" + a + ") " + b + "-" + c;
      case 1 -> a + "." + b + "." + c;
      case 2 -> "+1 " + a + " " + b + " " + c;
      case 3 -> "1-" + a + "-" + b + "-" + c;
      default -> "001" + digits;
    };
  }

  private static String addressVariant(String street, Random rnd) {
    String a = street.replace(" street ", rnd.nextBoolean() ? " St. " : " STREET, ");
    a = a.replace("apt ", rnd.nextBoolean() ? "Apartment " : "apt. ");
    return rnd.nextBoolean() ? a.toUpperCase(Locale.ROOT) : "  " + a;
  }

  @Property(tries = 400)
  void aSelfReferralIsNeverRewarded(@ForAll("selfReferrals") SelfCase c) {
    CountingRewards port = new CountingRewards();
    ReferralFixture f =
        ReferralFixture.withRewardsPort(ReferralPolicy.uncapped(ReferralFixture.CREDIT), port);
    AccountId referrer = referrer(0);
    AccountId referred = party(0);
    f.facts.putAccount(referrer, c.referrer());
    if (c.onLead()) {
      f.facts.putLead(lead("lead-0"), c.referred());
    } else {
      f.facts.putAccount(referred, c.referred());
    }
    f.refer(referrer, "lead-0", referred);
    for (int i = 0; i < 3; i++) {
      f.service.firstInvoicePaid(referred, "inv-0", T0.plus(Duration.ofDays(i)));
    }
    Referral r = f.ports.referrals().findByReferredLead(lead("lead-0")).get(0);
    assertThat(port.calls()).isEmpty();
    assertThat(r.status()).isEqualTo(ReferralStatus.REJECTED);
    String expected =
        List.of(
                ReferralRules.SELF_EMAIL,
                ReferralRules.SELF_PHONE,
                ReferralRules.SELF_PAYMENT,
                ReferralRules.SELF_ADDRESS)
            .get(c.fact());
    assertThat(r.rejection().ruleId()).isEqualTo(expected);
  }

  /** A cap rule as the service asks it: the referral, the referrer's others, the payment time. */
  interface CapRule {
    Optional<Rejection> decide(ReferralId self, List<Referral> ofReferrer, Instant at);
  }

  /**
   * The cap as the service applies it, without ports: payments of one referrer in a given order;
   * each qualifies unless the rule refuses. Returns the payment days of the qualified ones.
   */
  private static List<Instant> simulateCap(List<Integer> days, long seed, CapRule rule) {
    List<Referral> referrals = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      referrals.add(
          Referral.open(
                  ReferralId.of("r" + i),
                  ReferralCode.parse("R-0123456789AB"),
                  referrer(0),
                  lead("l" + i),
                  party(i),
                  Optional.empty(),
                  T0.minus(Duration.ofDays(1)),
                  "sim")
              .value());
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    for (int i : order) {
      Instant at = T0.plus(Duration.ofDays(days.get(i)));
      Referral r = referrals.get(i);
      Optional<Rejection> refusal = rule.decide(r.id(), referrals, at);
      referrals.set(
          i,
          refusal.isPresent()
              ? r.reject(refusal.get(), at, "sim").value()
              : r.qualify("inv", at, "sim").value());
    }
    return referrals.stream().filter(Referral::countsTowardCap).map(Referral::paidAt).toList();
  }

  private static boolean windowHolds(List<Instant> qualified, Duration period, int max) {
    for (Instant start : qualified) {
      long n =
          qualified.stream()
              .filter(t -> !t.isBefore(start) && t.isBefore(start.plus(period)))
              .count();
      if (n > max) {
        return false;
      }
    }
    return true;
  }

  @Example
  void aBackwardOnlyPeriodCapIsBrokenByOutOfOrderPaymentsTheRealOneIsNot() {
    Duration period = Duration.ofDays(10);
    ReferralRules real =
        new ReferralRules(
            ReferralPolicy.uncapped(ReferralFixture.CREDIT).withCapPerPeriod(1, period));
    CapRule mutated =
        (self, ofReferrer, at) -> {
          long n =
              ofReferrer.stream()
                  .filter(r -> !r.id().equals(self) && r.countsTowardCap())
                  .filter(r -> r.paidAt().isAfter(at.minus(period)) && !r.paidAt().isAfter(at))
                  .count();
          return n >= 1
              ? Optional.of(new Rejection(ReferralRules.CAP_PERIOD, "cap"))
              : Optional.empty();
        };
    Random rnd = new Random(16);
    boolean mutantCaught = false;
    for (int run = 0; run < 500; run++) {
      List<Integer> days = new ArrayList<>();
      for (int i = 0, n = 2 + rnd.nextInt(6); i < n; i++) {
        days.add(rnd.nextInt(40));
      }
      long seed = rnd.nextLong();
      assertThat(windowHolds(simulateCap(days, seed, real::overCap), period, 1)).isTrue();
      mutantCaught |= !windowHolds(simulateCap(days, seed, mutated), period, 1);
    }
    assertThat(mutantCaught)
        .as("the window check finds the backward-only rule's counterexample")
        .isTrue();
  }

  @Example
  void theSelfReferralGeneratorDefeatsAComparisonWithoutNormalisation() {
    Function<SelfCase, Boolean> naive =
        c ->
            eq(c.referrer().email(), c.referred().email())
                || eq(c.referrer().phone(), c.referred().phone())
                || eq(c.referrer().paymentFingerprint(), c.referred().paymentFingerprint())
                || eq(c.referrer().postalAddress(), c.referred().postalAddress());
    ReferralRules real = new ReferralRules(ReferralPolicy.uncapped(ReferralFixture.CREDIT));
    List<SelfCase> cases = selfReferrals().sampleStream().limit(500).toList();
    assertThat(cases).allMatch(c -> real.selfReferral(c.referrer(), c.referred()).isPresent());
    assertThat(cases.stream().filter(c -> !naive.apply(c)).count())
        .as("cases a naive comparison misses")
        .isGreaterThan(100);
  }

  private static boolean eq(String a, String b) {
    return a != null && a.equals(b);
  }
}
