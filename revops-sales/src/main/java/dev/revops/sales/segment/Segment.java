package dev.revops.sales.segment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A named audience: the accounts whose attributes satisfy a rule ({@link SegmentLoader} reads it
 * from JSON). Immutable.
 *
 * @param id the segment's id (a campaign's audience names it)
 * @param name a name for people
 * @param rule the rule
 */
public record Segment(String id, String name, Condition rule) {
  /** Checks the parts are present. */
  public Segment {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(rule, "rule");
  }

  /**
   * Decides whether one account is in the segment, and why.
   *
   * @param facts the account's attributes
   * @return the decision with one reason per comparison looked at
   */
  public SegmentMatch match(SegmentFacts facts) {
    List<String> reasons = new ArrayList<>();
    boolean in = rule.test(facts, reasons);
    return new SegmentMatch(id, facts.account(), in, reasons);
  }
}
