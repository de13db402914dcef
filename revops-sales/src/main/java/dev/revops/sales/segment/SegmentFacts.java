package dev.revops.sales.segment;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's attributes as the host gives them to segments: each attribute name ({@code
 * subscription.plan}) with one or more values, each a text, a number or a boolean (integers and
 * decimals are compared as numbers). Immutable.
 *
 * @param account the account
 * @param attributes each attribute's values
 */
public record SegmentFacts(AccountId account, Map<String, List<Object>> attributes) {
  /** Checks and copies the attributes; numbers become {@code BigDecimal}. */
  public SegmentFacts {
    requireNonNull(account, "account");
    Map<String, List<Object>> copy = new HashMap<>();
    for (Map.Entry<String, List<Object>> e : attributes.entrySet()) {
      List<Object> values = new ArrayList<>();
      for (Object v : e.getValue()) {
        values.add(normalised(e.getKey(), v));
      }
      copy.put(e.getKey(), List.copyOf(values));
    }
    attributes = Map.copyOf(copy);
  }

  /**
   * Facts from single values.
   *
   * @param account the account
   * @param values each attribute's value (a null value is left out)
   * @return the facts
   */
  public static SegmentFacts of(AccountId account, Map<String, ?> values) {
    Map<String, List<Object>> m = new HashMap<>();
    values.forEach(
        (k, v) -> {
          if (v instanceof List<?> list) {
            m.put(k, new ArrayList<>(list));
          } else if (v != null) {
            m.put(k, List.of(v));
          }
        });
    return new SegmentFacts(account, m);
  }

  /**
   * Returns an attribute's values.
   *
   * @param attribute the name
   * @return its values; empty when the account has none
   */
  public List<Object> values(String attribute) {
    return attributes.getOrDefault(attribute, List.of());
  }

  private static Object normalised(String attribute, Object v) {
    requireNonNull(v, () -> "a value of " + attribute);
    if (v instanceof BigDecimal || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof Double || v instanceof Float) {
      return new BigDecimal(v.toString());
    }
    throw new IllegalArgumentException(
        attribute
            + ": a value must be a text, a number or a boolean, got a "
            + v.getClass().getName());
  }
}
