package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single-item association rules {@code A -> B} counted over baskets (the items each customer
 * holds): item counts and pair counts in one pass, so any rule's support, confidence and lift are
 * read without another pass. A basket counts each item once. Immutable and thread-safe.
 */
public final class AssociationRules {
  private final long baskets;
  private final Map<String, Long> items;
  private final Map<String, Map<String, Long>> pairs;

  private AssociationRules(
      long baskets, Map<String, Long> items, Map<String, Map<String, Long>> pairs) {
    this.baskets = baskets;
    this.items = items;
    this.pairs = pairs;
  }

  /**
   * Counts the baskets.
   *
   * @param baskets what each customer holds; may be empty
   * @return the counts
   */
  public static AssociationRules mine(Collection<? extends Set<String>> baskets) {
    requireNonNull(baskets, "baskets");
    Map<String, Long> items = new TreeMap<>();
    Map<String, Map<String, Long>> pairs = new TreeMap<>();
    long n = 0;
    for (Set<String> basket : baskets) {
      n++;
      List<String> sorted = new ArrayList<>(new TreeSet<>(basket));
      for (int i = 0; i < sorted.size(); i++) {
        items.merge(sorted.get(i), 1L, Long::sum);
        for (int j = i + 1; j < sorted.size(); j++) {
          pairs
              .computeIfAbsent(sorted.get(i), k -> new HashMap<>())
              .merge(sorted.get(j), 1L, Long::sum);
        }
      }
    }
    Map<String, Map<String, Long>> frozen = new HashMap<>();
    pairs.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
    return new AssociationRules(n, Map.copyOf(items), Map.copyOf(frozen));
  }

  /**
   * Returns how many baskets were counted.
   *
   * @return the number of baskets
   */
  public long baskets() {
    return baskets;
  }

  /**
   * Returns how many baskets hold an item.
   *
   * @param item the item
   * @return the count
   */
  public long count(String item) {
    return items.getOrDefault(item, 0L);
  }

  /**
   * Returns how many baskets hold two different items together.
   *
   * @param a one item
   * @param b another item
   * @return the count
   */
  public long count(String a, String b) {
    if (a.equals(b)) {
      return count(a);
    }
    String lo = a.compareTo(b) < 0 ? a : b;
    String hi = lo.equals(a) ? b : a;
    return pairs.getOrDefault(lo, Map.of()).getOrDefault(hi, 0L);
  }

  /**
   * Returns P(item): the share of baskets that hold it.
   *
   * @param item the item
   * @return the support, 0 when there is no basket
   */
  public double support(String item) {
    return baskets == 0 ? 0 : count(item) / (double) baskets;
  }

  /**
   * Returns the rule {@code a -> b}.
   *
   * @param a the antecedent
   * @param b the consequent, another item
   * @return the rule, or empty when {@code a} or {@code b} never occurs or they are the same item
   */
  public Optional<AssociationRule> rule(String a, String b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    if (a.equals(b) || count(a) == 0 || count(b) == 0) {
      return Optional.empty();
    }
    return Optional.of(new AssociationRule(a, b, count(a, b), count(a), count(b), baskets));
  }

  /**
   * Returns every rule between items held together at least once that reaches both thresholds, by
   * lift, then confidence (both descending), then antecedent and consequent.
   *
   * @param minSupport the least support, within [0, 1]
   * @param minConfidence the least confidence, within [0, 1]
   * @return the rules
   */
  public List<AssociationRule> rules(double minSupport, double minConfidence) {
    if (!(minSupport >= 0 && minSupport <= 1) || !(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("thresholds must be within [0, 1]");
    }
    List<AssociationRule> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> e : pairs.entrySet()) {
      for (String other : e.getValue().keySet()) {
        for (String[] ab : new String[][] {{e.getKey(), other}, {other, e.getKey()}}) {
          AssociationRule r = rule(ab[0], ab[1]).orElseThrow();
          if (r.support() >= minSupport && r.confidence() >= minConfidence) {
            out.add(r);
          }
        }
      }
    }
    out.sort(
        Comparator.comparingDouble(AssociationRule::lift)
            .reversed()
            .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(AssociationRule::antecedent)
            .thenComparing(AssociationRule::consequent));
    return out;
  }
}
