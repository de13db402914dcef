package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Next best offer over random catalogs, customers, histories and baskets: an ineligible offer is
 * never ranked, what is owned or cooling down is never offered, the ranking is sorted by expected
 * value, every model probability is in [0, 1], and association rules match a brute-force count.
 */
class OfferProperties {
  private static final List<String> PLANS = List.of("plan-a", "plan-b", "plan-c");
  private static final List<String> PRODUCTS = List.of("p1", "p2", "p3", "p4", "p5");
  private static final List<String> ITEMS =
      List.of("plan-a", "plan-b", "plan-c", "p1", "p2", "p3", "p4", "p5");
  private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

  /** One customer's situation against one catalog. */
  record Case(OfferCatalog catalog, EligibilityFacts facts, List<PastOffer> history) {}

  @Provide
  Arbitrary<Offer> offer() {
    Arbitrary<Set<String>> plans = Arbitraries.of(PLANS).set().ofMaxSize(2);
    Arbitrary<Set<String>> items = Arbitraries.of(ITEMS).set().ofMaxSize(2);
    return Combinators.combine(
            Arbitraries.of(OfferKind.values()),
            Arbitraries.integers().between(0, 7),
            plans,
            items,
            items,
            Arbitraries.longs().between(0, 10_000),
            Arbitraries.integers().between(0, 120))
        .as(
            (kind, pick, from, requires, excludes, margin, cool) -> {
              String sells =
                  kind == OfferKind.UPSELL ? PLANS.get(pick % 3) : PRODUCTS.get(pick % 5);
              Set<String> fromPlans = new HashSet<>(from);
              fromPlans.remove(sells);
              if (kind == OfferKind.UPSELL && fromPlans.isEmpty()) {
                fromPlans.add(PLANS.get((pick + 1) % 3));
              }
              Set<String> req = new HashSet<>(requires);
              req.remove(sells);
              if (kind == OfferKind.ADD_ON && req.isEmpty()) {
                req.add(sells.equals("p1") ? "p2" : "p1");
              }
              Set<String> exc = new HashSet<>(excludes);
              exc.remove(sells);
              exc.removeAll(req);
              Money m = Money.ofMinor(margin, "USD");
              return new Offer(
                  "?",
                  kind,
                  sells,
                  new OfferConditions(
                      kind == OfferKind.UPSELL ? List.copyOf(fromPlans) : List.of(),
                      List.copyOf(req),
                      List.copyOf(exc)),
                  new OfferValue(kind == OfferKind.UPSELL ? null : m.times(2), m),
                  cool);
            });
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<List<Offer>> offers = offer().list().ofMinSize(1).ofMaxSize(8);
    Arbitrary<Set<String>> held = Arbitraries.of(ITEMS).set().ofMaxSize(5);
    Arbitrary<List<Integer>> declinedDaysAgo =
        Arbitraries.integers().between(-1, 200).list().ofSize(8);
    Arbitrary<Set<Integer>> open = Arbitraries.integers().between(0, 7).set().ofMaxSize(2);
    Arbitrary<List<PastOffer>> history =
        Combinators.combine(Arbitraries.integers().between(0, 7), held, Arbitraries.of(true, false))
            .as((i, h, a) -> new PastOffer("o" + i, h, a))
            .list()
            .ofMaxSize(40);
    return Combinators.combine(offers, held, declinedDaysAgo, open, history)
        .as(
            (list, h, ago, opened, past) -> {
              List<Offer> named = new ArrayList<>();
              for (int i = 0; i < list.size(); i++) {
                Offer o = list.get(i);
                named.add(
                    new Offer("o" + i, o.kind(), o.sells(), o.when(), o.value(), o.coolDownDays()));
              }
              Set<String> plans = new HashSet<>();
              Set<String> products = new HashSet<>();
              for (String item : h) {
                (PLANS.contains(item) ? plans : products).add(item);
              }
              Map<String, Instant> declined = new HashMap<>();
              for (int i = 0; i < named.size(); i++) {
                if (ago.get(i) >= 0) {
                  declined.put("o" + i, NOW.minus(Duration.ofDays(ago.get(i))));
                }
              }
              Set<String> openIds = new HashSet<>();
              opened.forEach(i -> openIds.add("o" + i));
              return new Case(
                  OfferCatalog.of(named),
                  new EligibilityFacts(
                      new Holdings(AccountId.of("acct"), plans, products), declined, openIds, NOW),
                  past);
            });
  }

  private static List<RankedOffer> rank(Case c) {
    return OfferRanking.rank(
        OfferEligibility.evaluate(c.catalog(), c.facts()),
        NaiveBayesAcceptance.train(c.history(), 3),
        c.facts().holdings());
  }

  @Property(tries = 1000)
  void anIneligibleOfferIsNeverRankedAndAnEligibleOneAlways(@ForAll("cases") Case c) {
    List<Eligibility> all = OfferEligibility.evaluate(c.catalog(), c.facts());
    Set<String> eligible = new HashSet<>();
    all.stream().filter(Eligibility::eligible).forEach(e -> eligible.add(e.offer().id()));
    assertThat(rank(c))
        .extracting(r -> r.offer().id())
        .containsExactlyInAnyOrderElementsOf(eligible);
  }

  @Property(tries = 1000)
  void nothingOwnedCoolingDownOffPathOrMissingItsBaseIsOffered(@ForAll("cases") Case c) {
    assertThat(breaches(c, rank(c))).isEmpty();
  }

  /**
   * The mutant ranks every offer as if eligible: whenever the catalog really excludes one, the
   * check above flags it, so the property would fail against a ranking that skips eligibility.
   */
  @Property(tries = 1000)
  void theCheckCatchesARankingThatIgnoresEligibility(@ForAll("cases") Case c) {
    List<Eligibility> real = OfferEligibility.evaluate(c.catalog(), c.facts());
    List<Eligibility> mutant = new ArrayList<>();
    for (Eligibility e : real) {
      // an eligible offer keeps the plan it upgrades from; an excluded one is let through as if
      // its first plan were held
      String from =
          e.eligible() || e.offer().kind() != OfferKind.UPSELL
              ? e.fromPlan()
              : e.offer().when().fromPlans().get(0);
      mutant.add(new Eligibility(e.offer(), from, List.of()));
    }
    List<RankedOffer> ranked =
        OfferRanking.rank(mutant, NaiveBayesAcceptance.train(c.history(), 3), c.facts().holdings());
    boolean excludesSome = real.stream().anyMatch(e -> !e.eligible());
    assertThat(breaches(c, ranked).isEmpty()).isEqualTo(!excludesSome);
  }

  /** Every rule a ranked offer breaks, re-derived from the facts rather than from the code. */
  static List<String> breaches(Case c, List<RankedOffer> ranked) {
    Holdings h = c.facts().holdings();
    List<String> out = new ArrayList<>();
    for (RankedOffer r : ranked) {
      Offer o = r.offer();
      if (h.holds(o.sells())) {
        out.add(o.id() + ": owned");
      }
      Instant declined = c.facts().lastDeclined().get(o.id());
      if (declined != null && NOW.isBefore(declined.plus(Duration.ofDays(o.coolDownDays())))) {
        out.add(o.id() + ": cooling down");
      }
      if (c.facts().open().contains(o.id())) {
        out.add(o.id() + ": already presented");
      }
      if (!o.when().requires().stream().allMatch(h::holds)) {
        out.add(o.id() + ": base not held");
      }
      if (o.when().excludes().stream().anyMatch(h::holds)) {
        out.add(o.id() + ": excluded");
      }
      if (o.kind() == OfferKind.UPSELL
          && (!h.plans().contains(r.fromPlan()) || !o.when().fromPlans().contains(r.fromPlan()))) {
        out.add(o.id() + ": off the upgrade path");
      }
    }
    return out;
  }

  @Property(tries = 1000)
  void theRankingIsSortedByExpectedValueWithDeterministicTies(@ForAll("cases") Case c) {
    List<RankedOffer> ranked = rank(c);
    assertThat(sorted(ranked)).isTrue();
    assertThat(rank(c)).isEqualTo(ranked);
  }

  /** The order check above fails on the ranking reversed whenever two offers are told apart. */
  @Property(tries = 1000)
  void theOrderCheckCatchesAReversedRanking(@ForAll("cases") Case c) {
    List<RankedOffer> reversed = new ArrayList<>(rank(c));
    java.util.Collections.reverse(reversed);
    boolean twoDiffer =
        reversed.stream()
                .map(
                    r ->
                        List.of(
                            r.expectedMinor(), r.offer().value().margin().minor(), r.offer().id()))
                .distinct()
                .count()
            > 1;
    assertThat(sorted(reversed)).isEqualTo(!twoDiffer);
  }

  /** Expected value descending, then margin descending, then id ascending. */
  static boolean sorted(List<RankedOffer> ranked) {
    for (int i = 1; i < ranked.size(); i++) {
      RankedOffer a = ranked.get(i - 1);
      RankedOffer b = ranked.get(i);
      double ea = a.estimate().probability() * a.offer().value().margin().minor();
      double eb = b.estimate().probability() * b.offer().value().margin().minor();
      if (ea != eb) {
        if (ea < eb) {
          return false;
        }
        continue;
      }
      long ma = a.offer().value().margin().minor();
      long mb = b.offer().value().margin().minor();
      if (ma != mb) {
        if (ma < mb) {
          return false;
        }
        continue;
      }
      if (a.offer().id().compareTo(b.offer().id()) >= 0) {
        return false;
      }
    }
    return true;
  }

  @Property(tries = 1000)
  void everyModelProbabilityIsWithinZeroAndOne(@ForAll("cases") Case c) {
    List<Set<String>> baskets = new ArrayList<>();
    c.history().forEach(p -> baskets.add(p.held()));
    List<AcceptanceModel> models =
        List.of(
            NaiveBayesAcceptance.train(c.history(), 3),
            new AssociationAcceptance(AssociationRules.mine(baskets), 3));
    for (AcceptanceModel m : models) {
      for (Offer o : c.catalog().offers()) {
        Estimate e = m.estimate(o, c.facts().holdings());
        assertThat(e.probability()).isBetween(0.0, 1.0);
        assertThat(e.factors()).hasSizeLessThanOrEqualTo(3);
        assertThat(e.factors()).allMatch(f -> Double.isFinite(f.weight()));
      }
    }
  }

  @Provide
  Arbitrary<List<Set<String>>> baskets() {
    return Arbitraries.of(ITEMS).set().ofMaxSize(6).list().ofMaxSize(60);
  }

  @Property(tries = 1000)
  void associationRulesMatchABruteForceCount(@ForAll("baskets") List<Set<String>> baskets) {
    AssociationRules rules = AssociationRules.mine(baskets);
    long n = baskets.size();
    assertThat(rules.baskets()).isEqualTo(n);
    for (String a : ITEMS) {
      long countA = baskets.stream().filter(b -> b.contains(a)).count();
      assertThat(rules.count(a)).isEqualTo(countA);
      for (String b : ITEMS) {
        long countB = baskets.stream().filter(x -> x.contains(b)).count();
        long both = baskets.stream().filter(x -> x.contains(a) && x.contains(b)).count();
        Optional<AssociationRule> r = rules.rule(a, b);
        if (a.equals(b) || countA == 0 || countB == 0) {
          assertThat(r).isEmpty();
          continue;
        }
        AssociationRule rule = r.orElseThrow();
        assertThat(rule.both()).isEqualTo(both);
        double support = (double) both / n;
        double confidence = (double) both / countA;
        double lift = confidence / ((double) countB / n);
        assertThat(rule.support()).isCloseTo(support, within(1e-12));
        assertThat(rule.confidence()).isCloseTo(confidence, within(1e-12));
        assertThat(rule.lift()).isCloseTo(lift, within(1e-9));
      }
    }
  }
}
