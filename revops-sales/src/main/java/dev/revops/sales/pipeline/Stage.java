package dev.revops.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Percentage;

/**
 * A stage of the pipeline with its default probability and forecast category: configuration, since
 * vendors disagree. Immutable.
 *
 * @param name the stage's name, unique in its pipeline
 * @param probability the chance of winning at this stage, 0-100 %
 * @param category the forecast category
 * @param outcome whether the stage is open, won or lost
 */
public record Stage(
    String name, Percentage probability, ForecastCategory category, Outcome outcome) {
  /** Whether a stage is still open or closes the opportunity. */
  public enum Outcome {
    /** Still being worked. */
    OPEN,
    /** Closed won. */
    WON,
    /** Closed lost. */
    LOST
  }

  /** Checks the parts. */
  public Stage {
    requireNonNull(name, "name");
    requireNonNull(probability, "probability");
    requireNonNull(category, "category");
    requireNonNull(outcome, "outcome");
    if (name.isBlank()) {
      throw new IllegalArgumentException("stage name must not be blank");
    }
    if (probability.compareTo(Percentage.ZERO) < 0 || !probability.isAtMostHundred()) {
      throw new IllegalArgumentException("stage " + name + ": probability must be 0-100 %");
    }
  }

  /**
   * An open stage.
   *
   * @param name the name
   * @param percent the probability in percent
   * @param category the forecast category
   * @return the stage
   */
  public static Stage open(String name, long percent, ForecastCategory category) {
    return new Stage(name, Percentage.ofPercent(percent), category, Outcome.OPEN);
  }
}
