package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;

/**
 * How a {@link MetricsProjection} runs. Immutable and thread-safe; null is never accepted.
 *
 * @param currency the reporting currency; every amount must be in it
 * @param windowDays how far out of order events may arrive: an event is accepted while its day is
 *     no more than this many days before the latest day seen; at least 0
 * @param funnelStages the lead funnel's stages in order, at least one, no duplicates
 */
public record ProjectionConfig(Currency currency, int windowDays, List<String> funnelStages) {
  /** Checks the fields and copies the stages. */
  public ProjectionConfig {
    requireNonNull(currency, "currency");
    if (windowDays < 0) {
      throw new IllegalArgumentException("windowDays must be >= 0, got " + windowDays);
    }
    funnelStages = List.copyOf(funnelStages);
    if (funnelStages.isEmpty() || new HashSet<>(funnelStages).size() != funnelStages.size()) {
      throw new IllegalArgumentException("funnelStages must be non-empty and distinct");
    }
  }

  /**
   * Returns the index of a funnel stage.
   *
   * @param stage the stage's name
   * @return its index
   * @throws IllegalArgumentException when the stage is not in the funnel
   */
  public int stageIndex(String stage) {
    int i = funnelStages.indexOf(stage);
    if (i < 0) {
      throw new IllegalArgumentException("stage " + stage + " is not in the funnel");
    }
    return i;
  }
}
