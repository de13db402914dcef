package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What to simulate. Immutable.
 *
 * @param accounts about how many customer accounts the company has by the end (a quarter exist at
 *     the start, the rest come from converted leads)
 * @param months how many months to simulate, at least 1
 * @param seed the random seed; the same seed gives the same run
 * @param start the first simulated day
 */
public record SimulationConfig(int accounts, int months, long seed, LocalDate start) {
  /** The first day of the default runs. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2024, 1, 1);

  /** Checks the fields. */
  public SimulationConfig {
    requireNonNull(start, "start");
    if (accounts < 4) {
      throw new IllegalArgumentException("accounts must be at least 4, got " + accounts);
    }
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, got " + months);
    }
  }

  /**
   * A run starting on {@link #DEFAULT_START}.
   *
   * @param accounts accounts
   * @param months months
   * @param seed seed
   * @return the configuration
   */
  public static SimulationConfig of(int accounts, int months, long seed) {
    return new SimulationConfig(accounts, months, seed, DEFAULT_START);
  }

  /**
   * The day after the last simulated day.
   *
   * @return the end, exclusive
   */
  public LocalDate end() {
    return start.plusMonths(months);
  }
}
