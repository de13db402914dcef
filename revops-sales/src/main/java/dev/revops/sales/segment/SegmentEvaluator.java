package dev.revops.sales.segment;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Evaluates several segments in one pass over the host's accounts: each account's attributes are
 * read once and tested against every segment. Stateless and thread-safe.
 */
public final class SegmentEvaluator {
  private final List<Segment> segments;

  /**
   * Creates the evaluator.
   *
   * @param segments the segments, each id once
   * @throws IllegalArgumentException when two segments share an id
   */
  public SegmentEvaluator(List<Segment> segments) {
    this.segments = List.copyOf(segments);
    Map<String, Segment> ids = new LinkedHashMap<>();
    for (Segment s : this.segments) {
      if (ids.put(s.id(), s) != null) {
        throw new IllegalArgumentException("two segments have the id '" + s.id() + "'");
      }
    }
  }

  /**
   * Returns each segment's members, in the order the source gave the accounts.
   *
   * @param source the host's accounts
   * @return by segment id (in the evaluator's order), the accounts in it
   */
  public Map<String, List<AccountId>> members(SegmentSource source) {
    Map<String, List<AccountId>> out = new LinkedHashMap<>();
    for (Segment s : segments) {
      out.put(s.id(), new ArrayList<>());
    }
    each(
        source,
        m -> {
          if (m.in()) {
            out.get(m.segment()).add(m.account());
          }
        });
    return out;
  }

  /**
   * Hands every decision, member or not, with its reasons to a consumer (for a screen that shows
   * why an account is or is not in a segment).
   *
   * @param source the host's accounts
   * @param decisions what receives each decision
   */
  public void each(SegmentSource source, Consumer<SegmentMatch> decisions) {
    requireNonNull(source, "source");
    requireNonNull(decisions, "decisions");
    source.forEach(
        facts -> {
          for (Segment s : segments) {
            decisions.accept(s.match(facts));
          }
        });
  }
}
