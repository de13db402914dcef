package dev.revops.sales.pipeline;

/** Salesforce's forecast categories: how sure the owner is an opportunity closes. Immutable. */
public enum ForecastCategory {
  /** Early: counted in the pipeline only. */
  PIPELINE,
  /** Could close in the period. */
  BEST_CASE,
  /** Expected to close in the period. */
  COMMIT,
  /** Won. */
  CLOSED,
  /** Lost or left out of the forecast. */
  OMITTED
}
