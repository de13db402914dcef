package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

/**
 * One reason a model gives for its probability, on one scale for both models: the natural log of a
 * likelihood ratio, so a positive weight speaks for acceptance and a negative one against it. For
 * naive Bayes it is {@code ln(P(x | accepted) / P(x | declined))} for the item held or not; for an
 * association rule {@code A -> B} it is {@code ln(lift)}. Immutable.
 *
 * @param item the plan or product
 * @param held whether the customer holds it
 * @param weight the log likelihood ratio
 */
public record Factor(String item, boolean held, double weight) {
  /** Checks the parts. */
  public Factor {
    requireNonNull(item, "item");
    if (Double.isNaN(weight)) {
      throw new IllegalArgumentException("factor weight is NaN");
    }
  }
}
