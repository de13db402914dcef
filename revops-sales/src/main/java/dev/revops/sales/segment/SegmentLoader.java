package dev.revops.sales.segment;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a segment from JSON, strictly (the core {@link PolicyLoader}'s rules: duplicate keys, huge
 * numbers and a {@code null} document refused, a byte-order mark accepted), and names every problem
 * with its JSON path:
 *
 * <pre>{@code
 * {"id": "crm-active-no-analytics", "name": "Active CRM customers without analytics",
 *  "rule": {"all": [
 *    {"attribute": "subscription.plan", "op": "in", "values": ["crm-pro", "crm-team"]},
 *    {"attribute": "subscription.addons", "op": "notIn", "values": ["analytics"]},
 *    {"attribute": "usage.logins30d", "op": "gte", "value": 10},
 *    {"not": {"attribute": "account.country", "op": "eq", "value": "DE"}}]}}
 * }</pre>
 *
 * A rule is an object with exactly one of {@code all}, {@code any} (non-empty lists of rules),
 * {@code not} (a rule), or {@code attribute} with {@code op} and its {@code value} / {@code
 * values}. Attributes start with a known kind ({@value #KINDS_TEXT}); the ordering comparisons take
 * a number; {@code exists} and {@code missing} take nothing. Rules nest at most {@value #MAX_DEPTH}
 * deep, with at most {@value #MAX_RULES} comparisons. Thread-safe.
 */
public final class SegmentLoader {
  /** The kinds of attribute a segment reads. */
  public static final Set<String> KINDS =
      Set.of("account", "contact", "subscription", "usage", "score");

  static final String KINDS_TEXT = "account, contact, subscription, usage, score";

  /** The deepest nesting of rules. */
  public static final int MAX_DEPTH = 10;

  /** The most comparisons in one segment. */
  public static final int MAX_RULES = 200;

  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z]+(\\.[A-Za-z][A-Za-z0-9_]*)+");
  private static final Map<String, Condition.Op> OPS =
      Map.of(
          "eq", Condition.Op.EQ,
          "ne", Condition.Op.NE,
          "in", Condition.Op.IN,
          "notIn", Condition.Op.NOT_IN,
          "gt", Condition.Op.GT,
          "gte", Condition.Op.GTE,
          "lt", Condition.Op.LT,
          "lte", Condition.Op.LTE,
          "exists", Condition.Op.EXISTS,
          "missing", Condition.Op.MISSING);

  private final PolicyLoader loader;

  /**
   * Creates a loader over a policy loader.
   *
   * @param loader the core loader
   */
  public SegmentLoader(PolicyLoader loader) {
    this.loader = requireNonNull(loader, "loader");
  }

  /**
   * Creates a loader with revops' defaults.
   *
   * @return the loader
   */
  public static SegmentLoader create() {
    return new SegmentLoader(PolicyLoader.create());
  }

  /**
   * Reads and checks a segment.
   *
   * @param json the document
   * @return the segment
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public Segment load(String json) {
    JsonNode root = loader.load(json, JsonNode.class);
    List<Violation> problems = new ArrayList<>();
    if (!root.isObject()) {
      throw InvalidInputException.of("segment", "$", "must be an object");
    }
    only(root, "$", problems, "id", "name", "rule");
    String id = text(root, "id", "$", problems);
    String name = text(root, "name", "$", problems);
    Condition rule = null;
    if (!root.has("rule")) {
      problems.add(new Violation("$.rule", "is required"));
    } else {
      rule = rule(root.get("rule"), "$.rule", 1, new int[1], problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("segment", problems);
    }
    return new Segment(id, name, rule);
  }

  private Condition rule(JsonNode n, String path, int depth, int[] count, List<Violation> out) {
    if (!n.isObject()) {
      out.add(new Violation(path, "a rule must be an object"));
      return null;
    }
    if (depth > MAX_DEPTH) {
      out.add(new Violation(path, "rules nest more than " + MAX_DEPTH + " deep"));
      return null;
    }
    List<String> kinds = new ArrayList<>();
    for (String k : new String[] {"all", "any", "not", "attribute"}) {
      if (n.has(k)) {
        kinds.add(k);
      }
    }
    if (kinds.size() != 1) {
      out.add(
          new Violation(
              path,
              kinds.isEmpty()
                  ? "a rule needs one of all, any, not or attribute"
                  : "a rule has one of all, any, not or attribute, not "
                      + String.join(" and ", kinds)));
      return null;
    }
    String kind = kinds.get(0);
    if (kind.equals("not")) {
      only(n, path, out, "not");
      Condition inner = rule(n.get("not"), path + ".not", depth + 1, count, out);
      return inner == null ? null : new Condition.Not(inner);
    }
    if (kind.equals("all") || kind.equals("any")) {
      only(n, path, out, kind);
      JsonNode list = n.get(kind);
      String p = path + "." + kind;
      if (!list.isArray() || list.isEmpty()) {
        out.add(new Violation(p, "must be a non-empty list of rules"));
        return null;
      }
      List<Condition> rules = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Condition c = rule(list.get(i), p + "[" + i + "]", depth + 1, count, out);
        if (c != null) {
          rules.add(c);
        }
      }
      if (rules.size() != list.size()) {
        return null;
      }
      return kind.equals("all") ? new Condition.All(rules) : new Condition.Any(rules);
    }
    return compare(n, path, count, out);
  }

  private Condition compare(JsonNode n, String path, int[] count, List<Violation> out) {
    if (++count[0] > MAX_RULES) {
      if (count[0] == MAX_RULES + 1) {
        out.add(new Violation(path, "more than " + MAX_RULES + " comparisons in one segment"));
      }
      return null;
    }
    only(n, path, out, "attribute", "op", "value", "values");
    int before = out.size();
    String attribute = text(n, "attribute", path, out);
    if (attribute != null && !ATTRIBUTE.matcher(attribute).matches()) {
      out.add(
          new Violation(path + ".attribute", "not an attribute name such as subscription.plan"));
    } else if (attribute != null
        && !KINDS.contains(attribute.substring(0, attribute.indexOf('.')))) {
      out.add(
          new Violation(
              path + ".attribute",
              "unknown kind '"
                  + attribute.substring(0, attribute.indexOf('.'))
                  + "'; known: "
                  + KINDS_TEXT));
    }
    String opName = text(n, "op", path, out);
    Condition.Op op = opName == null ? null : OPS.get(opName);
    if (opName != null && op == null) {
      out.add(
          new Violation(
              path + ".op",
              "unknown op '"
                  + opName
                  + "'; known: eq, ne, in, notIn, gt, gte, lt, lte, exists, missing"));
    }
    List<Object> values = new ArrayList<>();
    if (op != null) {
      switch (op) {
        case EXISTS, MISSING -> {
          if (n.has("value") || n.has("values")) {
            out.add(new Violation(path, opName + " takes no value"));
          }
        }
        case IN, NOT_IN -> {
          if (n.has("value")) {
            out.add(new Violation(path + ".value", opName + " takes a list: use values"));
          } else if (!n.has("values") || !n.get("values").isArray() || n.get("values").isEmpty()) {
            out.add(new Violation(path + ".values", "must be a non-empty list"));
          } else {
            JsonNode list = n.get("values");
            for (int i = 0; i < list.size(); i++) {
              Object v = scalar(list.get(i), path + ".values[" + i + "]", out);
              if (v != null) {
                values.add(v);
              }
            }
          }
        }
        default -> {
          if (n.has("values")) {
            out.add(new Violation(path + ".values", opName + " takes one value: use value"));
          } else if (!n.has("value")) {
            out.add(new Violation(path + ".value", "is required for " + opName));
          } else {
            Object v = scalar(n.get("value"), path + ".value", out);
            boolean ordering =
                op == Condition.Op.GT
                    || op == Condition.Op.GTE
                    || op == Condition.Op.LT
                    || op == Condition.Op.LTE;
            if (v != null && ordering && !(v instanceof java.math.BigDecimal)) {
              out.add(new Violation(path + ".value", opName + " compares numbers"));
            } else if (v != null) {
              values.add(v);
            }
          }
        }
      }
    }
    if (out.size() != before) {
      return null;
    }
    return new Condition.Compare(attribute, op, values);
  }

  private static Object scalar(JsonNode v, String path, List<Violation> out) {
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    out.add(new Violation(path, "must be a text, a number or a boolean"));
    return null;
  }

  private static String text(JsonNode n, String field, String path, List<Violation> out) {
    JsonNode v = n.get(field);
    if (v == null) {
      out.add(new Violation(path + "." + field, "is required"));
      return null;
    }
    if (!v.isTextual() || v.textValue().isBlank()) {
      out.add(new Violation(path + "." + field, "must be a non-blank text"));
      return null;
    }
    return v.textValue();
  }

  private static void only(JsonNode n, String path, List<Violation> out, String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!ok.contains(f)) {
        out.add(
            new Violation(
                path + "." + f,
                "unknown field; known here: "
                    + String.join(", ", allowed).toLowerCase(Locale.ROOT)));
      }
    }
  }
}
