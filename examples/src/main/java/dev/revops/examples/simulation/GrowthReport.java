package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import dev.revops.metrics.campaign.AttributionModel;
import dev.revops.metrics.campaign.CampaignFunnel;
import dev.revops.metrics.campaign.CampaignKey;
import dev.revops.metrics.campaign.Incrementality;
import dev.revops.metrics.result.MetricResult;
import dev.revops.sales.experiment.ExperimentResult;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the run's revenue-generation side did: the cross-sell campaign's funnel per variant, the A/B
 * test of its two offers against the holdout, the upgrade revenue attributed to it under each
 * model, the lift over the holdout, and why messages were held back. Immutable, its maps sorted by
 * key; {@link #none()} when the run was too short to launch the campaign.
 *
 * @param launched the day the campaign started, or null when it did not run
 * @param audience people in the segment on that day
 * @param arms people per arm (the variants and the holdout)
 * @param funnels the funnel per campaign variant
 * @param experiment the A/B result with its decision rule and intervals, or null
 * @param attributed upgrade revenue attributed per campaign variant (every model gives a variant
 *     the whole of its journeys here: a journey's touches are all of one variant)
 * @param byChannel upgrade revenue attributed per model to the touches of each channel, where the
 *     models differ
 * @param incrementality the treated group against the holdout, or null
 * @param heldBack message decisions that did not send, by rule id
 */
public record GrowthReport(
    LocalDate launched,
    int audience,
    Map<String, Integer> arms,
    Map<CampaignKey, CampaignFunnel> funnels,
    ExperimentResult experiment,
    Map<CampaignKey, MetricResult> attributed,
    Map<AttributionModel, Map<String, Money>> byChannel,
    Incrementality incrementality,
    Map<String, Long> heldBack) {
  /** Copies the maps. */
  public GrowthReport {
    arms = sorted(arms);
    funnels = sorted(funnels);
    attributed = sorted(attributed);
    byChannel = sorted(byChannel);
    heldBack = sorted(heldBack);
  }

  private static <K, V> Map<K, V> sorted(Map<K, V> m) {
    return Collections.unmodifiableMap(new TreeMap<>(requireNonNull(m)));
  }

  /**
   * The report of a run that did not launch the campaign.
   *
   * @return the empty report
   */
  public static GrowthReport none() {
    return new GrowthReport(null, 0, Map.of(), Map.of(), null, Map.of(), Map.of(), null, Map.of());
  }
}
