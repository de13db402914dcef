package dev.revops.examples.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A named sequence of values for a chart, one per x label. Immutable.
 *
 * @param name the legend text
 * @param values the values, one per x label
 * @param colour a CSS colour
 */
public record Series(String name, List<Double> values, String colour) {
  /** Copies the values. */
  public Series {
    requireNonNull(name, "name");
    requireNonNull(colour, "colour");
    values = List.copyOf(values);
  }
}
