package dev.revops.collections.promise;

/** The states of a promise to pay. */
public enum PromiseStatus {
  /** Made and not yet due (or within grace). */
  PROMISED,
  /** Payments reached the amount (within tolerance) by the date plus grace. */
  KEPT,
  /** Some but not enough was paid by the date plus grace. */
  PARTIALLY_KEPT,
  /** Nothing was paid by the date plus grace. */
  BROKEN,
  /** Withdrawn (replaced by a plan, a settlement, or a dispute). */
  CANCELLED
}
