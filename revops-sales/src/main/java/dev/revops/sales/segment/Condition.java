package dev.revops.sales.segment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A segment rule: a comparison of one attribute, or {@code all}, {@code any} or {@code not} over
 * other rules. Attributes are named with their kind first ({@code account.country}, {@code
 * contact.role}, {@code subscription.plan}, {@code usage.apiCalls30d}, {@code score.total}); an
 * attribute may have several values (an account's plans): a comparison holds when one value
 * satisfies it, and {@code ne} and {@code notIn} when none matches. A missing attribute satisfies
 * only {@code missing}, {@code ne} and {@code notIn}. Immutable.
 */
public sealed interface Condition {
  /**
   * Evaluates the rule for one account, adding one reason per comparison it looked at.
   *
   * @param facts the account's attributes
   * @param reasons where the explanations go
   * @return whether the account satisfies the rule
   */
  boolean test(SegmentFacts facts, List<String> reasons);

  /** The comparisons. */
  enum Op {
    /** Equal to the value (text or number). */
    EQ("="),
    /** Not equal to the value. */
    NE("!="),
    /** One of the values. */
    IN("in"),
    /** None of the values. */
    NOT_IN("not in"),
    /** Above the number. */
    GT(">"),
    /** At or above the number. */
    GTE(">="),
    /** Below the number. */
    LT("<"),
    /** At or below the number. */
    LTE("<="),
    /** Has a value. */
    EXISTS("exists"),
    /** Has no value. */
    MISSING("missing");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Returns how the comparison is written in explanations.
     *
     * @return the symbol
     */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * One attribute compared with values.
   *
   * @param attribute the attribute's name
   * @param op the comparison
   * @param values what it is compared with: one for the comparisons, several for {@code in} and
   *     {@code notIn}, none for {@code exists} and {@code missing}; each a {@code String}, a {@code
   *     BigDecimal} or a {@code Boolean}
   */
  record Compare(String attribute, Op op, List<Object> values) implements Condition {
    /** Copies the values. */
    public Compare {
      Objects.requireNonNull(attribute, "attribute");
      Objects.requireNonNull(op, "op");
      values = List.copyOf(values);
    }

    @Override
    public boolean test(SegmentFacts facts, List<String> reasons) {
      List<Object> have = facts.values(attribute);
      boolean holds =
          switch (op) {
            case EXISTS -> !have.isEmpty();
            case MISSING -> have.isEmpty();
            case EQ, IN -> have.stream().anyMatch(h -> values.stream().anyMatch(v -> same(h, v)));
            case NE, NOT_IN ->
                have.stream().noneMatch(h -> values.stream().anyMatch(v -> same(h, v)));
            case GT, GTE, LT, LTE -> have.stream().anyMatch(h -> order(h, values.get(0)));
          };
      reasons.add(
          attribute
              + " "
              + op.symbol()
              + (values.isEmpty() ? "" : " " + shown(values))
              + ": "
              + (holds ? "yes" : "no")
              + " ("
              + (have.isEmpty() ? "no value" : "has " + shown(have))
              + ")");
      return holds;
    }

    private boolean order(Object have, Object value) {
      if (!(have instanceof BigDecimal h) || !(value instanceof BigDecimal v)) {
        return false;
      }
      int c = h.compareTo(v);
      return switch (op) {
        case GT -> c > 0;
        case GTE -> c >= 0;
        case LT -> c < 0;
        case LTE -> c <= 0;
        default -> throw new IllegalStateException("not an ordering: " + op);
      };
    }

    private static boolean same(Object a, Object b) {
      if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
        return x.compareTo(y) == 0;
      }
      return a.equals(b);
    }

    private static String shown(List<Object> values) {
      List<String> out = new ArrayList<>();
      for (Object v : values) {
        out.add(
            v instanceof String s
                ? "'" + s + "'"
                : v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
      }
      return out.size() == 1 ? out.get(0) : out.toString();
    }
  }

  /**
   * Every rule holds (an empty list holds).
   *
   * @param rules the rules
   */
  record All(List<Condition> rules) implements Condition {
    /** Copies the rules. */
    public All {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean test(SegmentFacts facts, List<String> reasons) {
      return testEach(rules, facts, reasons, false);
    }
  }

  /**
   * At least one rule holds (an empty list does not).
   *
   * @param rules the rules
   */
  record Any(List<Condition> rules) implements Condition {
    /** Copies the rules. */
    public Any {
      rules = List.copyOf(rules);
    }

    @Override
    public boolean test(SegmentFacts facts, List<String> reasons) {
      return testEach(rules, facts, reasons, true);
    }
  }

  /**
   * The rule does not hold.
   *
   * @param rule the rule
   */
  record Not(Condition rule) implements Condition {
    /** Checks the rule is present. */
    public Not {
      Objects.requireNonNull(rule, "rule");
    }

    @Override
    public boolean test(SegmentFacts facts, List<String> reasons) {
      List<String> inner = new ArrayList<>();
      boolean holds = !rule.test(facts, inner);
      for (String r : inner) {
        reasons.add("not: " + r);
      }
      return holds;
    }
  }

  /**
   * Tests every rule, none skipped, so that each adds its reasons: whether all hold, or with {@code
   * any} whether at least one does.
   */
  private static boolean testEach(
      List<Condition> rules, SegmentFacts facts, List<String> reasons, boolean any) {
    boolean holds = !any;
    for (Condition c : rules) {
      boolean h = c.test(facts, reasons);
      holds = any ? holds || h : holds && h;
    }
    return holds;
  }
}
