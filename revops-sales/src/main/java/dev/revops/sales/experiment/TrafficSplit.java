package dev.revops.sales.experiment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How the traffic of an experiment is split: the treatment variants in order, then the holdout
 * (control) group, which gets the baseline experience and against which every variant is measured.
 * Shares are percents with at most two decimals and add up to exactly 100. Immutable and
 * thread-safe; a null list becomes empty (and is refused by validation).
 *
 * <p>The shares map onto {@value Assignment#BUCKETS} buckets (one per basis point): the variants
 * take consecutive ranges in the order given, the holdout the last range. Changing the order or the
 * shares of a running experiment moves contacts between arms; don't.
 *
 * @param variants the treatment arms, at least one
 * @param holdoutPercent the holdout's share in percent, above 0
 */
public record TrafficSplit(
    @NotEmpty List<@Valid @NotNull Variant> variants, @NotNull BigDecimal holdoutPercent) {

  /** The name of the holdout arm. */
  public static final String HOLDOUT = "holdout";

  /** Copies the list, keeping null elements for validation to report with their path. */
  public TrafficSplit {
    variants =
        variants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(variants));
  }

  /**
   * Returns the names of every arm: the variants in order, then {@value #HOLDOUT}.
   *
   * @return the arm names
   */
  public List<String> armNames() {
    List<String> names = new ArrayList<>();
    variants.forEach(v -> names.add(v.name()));
    names.add(HOLDOUT);
    return List.copyOf(names);
  }

  /**
   * Returns an arm's share in basis points (1/100 of a percent).
   *
   * @param arm the arm's name
   * @return its basis points
   * @throws IllegalArgumentException when there is no such arm
   */
  public int basisPoints(String arm) {
    if (HOLDOUT.equals(arm)) {
      return toBasisPoints(holdoutPercent);
    }
    for (Variant v : variants) {
      if (v.name().equals(arm)) {
        return toBasisPoints(v.percent());
      }
    }
    throw new IllegalArgumentException("no arm named '" + arm + "'");
  }

  /**
   * Returns the arm that owns a bucket.
   *
   * @param bucket a bucket in [0, {@value Assignment#BUCKETS})
   * @return the arm's name
   */
  String armOf(int bucket) {
    int upper = 0;
    for (Variant v : variants) {
      upper += toBasisPoints(v.percent());
      if (bucket < upper) {
        return v.name();
      }
    }
    return HOLDOUT;
  }

  static int toBasisPoints(BigDecimal percent) {
    return percent.movePointRight(2).intValueExact();
  }
}
