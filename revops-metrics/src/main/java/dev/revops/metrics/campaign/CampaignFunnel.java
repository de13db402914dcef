package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.metrics.result.MetricResult;
import java.util.List;

/**
 * A campaign's (or variant's) funnel: its counts and every rate, in funnel order: delivery, bounce,
 * open, click-through, click-to-open, conversion, unsubscribe. Immutable and thread-safe.
 *
 * @param key the campaign and variant
 * @param counts the counts
 * @param rates the rates, in the order above
 */
public record CampaignFunnel(CampaignKey key, CampaignCounts counts, List<MetricResult> rates) {
  /** Checks the parts and copies the rates. */
  public CampaignFunnel {
    requireNonNull(key, "key");
    requireNonNull(counts, "counts");
    rates = List.copyOf(requireNonNull(rates, "rates"));
  }

  /**
   * Returns a rate by its formula name.
   *
   * @param formula e.g. {@code "click-through-rate"}
   * @return the rate
   * @throws IllegalArgumentException when there is no such rate
   */
  public MetricResult rate(String formula) {
    return rates.stream()
        .filter(r -> r.formula().equals(formula))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rate named " + formula));
  }
}
