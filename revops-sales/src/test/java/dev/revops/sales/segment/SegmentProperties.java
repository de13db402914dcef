package dev.revops.sales.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Segment rules over random rule trees and random accounts: the logic is boolean logic, every
 * comparison is explained once, and the one-pass evaluator decides as each segment does alone.
 */
class SegmentProperties {
  private static final List<String> ATTRIBUTES =
      List.of("subscription.plan", "usage.seats", "score.total", "account.country");

  @Provide
  Arbitrary<Condition> rules() {
    return rule(3);
  }

  private Arbitrary<Condition> rule(int depth) {
    Arbitrary<Condition> leaf =
        Arbitraries.of(ATTRIBUTES)
            .flatMap(
                a ->
                    Arbitraries.of(Condition.Op.values())
                        .flatMap(
                            op ->
                                values(op).map(v -> (Condition) new Condition.Compare(a, op, v))));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Condition> sub = Arbitraries.lazy(() -> rule(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(Condition.All::new)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(Condition.Any::new)),
        net.jqwik.api.Tuple.of(1, sub.map(Condition.Not::new)));
  }

  private static Arbitrary<Object> value() {
    return Arbitraries.oneOf(
        Arbitraries.of("pro", "team", "US", "DE").map(v -> (Object) v),
        Arbitraries.integers().between(0, 5).map(i -> (Object) BigDecimal.valueOf(i)));
  }

  private static Arbitrary<List<Object>> values(Condition.Op op) {
    return switch (op) {
      case EXISTS, MISSING -> Arbitraries.just(List.of());
      case IN, NOT_IN -> value().list().ofMinSize(1).ofMaxSize(3);
      case GT, GTE, LT, LTE ->
          Arbitraries.integers().between(0, 5).map(i -> List.of((Object) BigDecimal.valueOf(i)));
      default -> value().map(List::of);
    };
  }

  @Provide
  Arbitrary<SegmentFacts> accounts() {
    return Arbitraries.maps(Arbitraries.of(ATTRIBUTES), value().list().ofMaxSize(2))
        .ofMaxSize(ATTRIBUTES.size())
        .flatMap(
            m ->
                Arbitraries.strings()
                    .alpha()
                    .ofLength(6)
                    .map(id -> new SegmentFacts(AccountId.of(id), m)));
  }

  @Provide
  Arbitrary<List<SegmentFacts>> accountLists() {
    return accounts().list().ofMaxSize(20);
  }

  private static int comparisons(Condition c) {
    if (c instanceof Condition.Compare) {
      return 1;
    }
    if (c instanceof Condition.Not n) {
      return comparisons(n.rule());
    }
    List<Condition> rules = c instanceof Condition.All a ? a.rules() : ((Condition.Any) c).rules();
    return rules.stream().mapToInt(SegmentProperties::comparisons).sum();
  }

  private static boolean holds(Condition c, SegmentFacts f) {
    return c.test(f, new ArrayList<>());
  }

  @Property(tries = 1000)
  void deMorganAndDoubleNegationHold(
      @ForAll("rules") Condition a,
      @ForAll("rules") Condition b,
      @ForAll("accounts") SegmentFacts f) {
    Condition notAll = new Condition.Not(new Condition.All(List.of(a, b)));
    Condition anyNot = new Condition.Any(List.of(new Condition.Not(a), new Condition.Not(b)));
    assertThat(holds(notAll, f)).isEqualTo(holds(anyNot, f));
    assertThat(holds(new Condition.Not(new Condition.Not(a)), f)).isEqualTo(holds(a, f));
    assertThat(holds(new Condition.All(List.of(a, b)), f)).isEqualTo(holds(a, f) && holds(b, f));
    assertThat(holds(new Condition.Any(List.of(a, b)), f)).isEqualTo(holds(a, f) || holds(b, f));
  }

  @Property(tries = 1000)
  void neAndNotInAreTheNegationsOfEqAndIn(@ForAll("accounts") SegmentFacts f) {
    for (String a : ATTRIBUTES) {
      for (Object v : List.of("pro", "US", BigDecimal.ONE, BigDecimal.valueOf(3))) {
        boolean eq = holds(new Condition.Compare(a, Condition.Op.EQ, List.of(v)), f);
        boolean ne = holds(new Condition.Compare(a, Condition.Op.NE, List.of(v)), f);
        assertThat(ne).isEqualTo(!eq);
      }
      boolean exists = holds(new Condition.Compare(a, Condition.Op.EXISTS, List.of()), f);
      assertThat(holds(new Condition.Compare(a, Condition.Op.MISSING, List.of()), f))
          .isEqualTo(!exists);
    }
  }

  @Property(tries = 1000)
  void everyComparisonIsExplainedOnceAndASingleOneSaysItsVerdict(
      @ForAll("rules") Condition rule, @ForAll("accounts") SegmentFacts f) {
    SegmentMatch m = new Segment("s", "S", rule).match(f);
    assertThat(m.reasons()).hasSize(comparisons(rule));
    if (rule instanceof Condition.Compare) {
      assertThat(m.reasons().get(0)).contains(m.in() ? ": yes (" : ": no (");
    }
  }

  @Property(tries = 300)
  void onePassDecidesAsEachSegmentAlone(
      @ForAll("rules") Condition a,
      @ForAll("rules") Condition b,
      @ForAll("accountLists") List<SegmentFacts> accounts) {
    List<Segment> segments = List.of(new Segment("a", "A", a), new Segment("b", "B", b));
    int[] reads = new int[1];
    Map<String, List<AccountId>> members =
        new SegmentEvaluator(segments)
            .members(
                c -> {
                  for (SegmentFacts f : accounts) {
                    reads[0]++;
                    c.accept(f);
                  }
                });
    assertThat(reads[0]).as("each account read once").isEqualTo(accounts.size());
    Map<String, List<AccountId>> alone = new HashMap<>();
    for (Segment s : segments) {
      alone.put(
          s.id(),
          accounts.stream().filter(f -> s.match(f).in()).map(SegmentFacts::account).toList());
    }
    assertThat(members).isEqualTo(alone);
  }
}
