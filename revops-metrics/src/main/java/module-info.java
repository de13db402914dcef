/**
 * revops-metrics: KPI calculators and event-stream projections.
 *
 * <p>Depends on revops-core only: billing and collections are read through metrics-owned fact and
 * event records, never through compile-time dependencies on those modules.
 */
module dev.revops.metrics {
  requires transitive dev.revops.core;
  requires org.slf4j;

  exports dev.revops.metrics.result;
  exports dev.revops.metrics.subscription;
  exports dev.revops.metrics.collections;
  exports dev.revops.metrics.sales;
  exports dev.revops.metrics.projection;
  exports dev.revops.metrics.campaign;
  exports dev.revops.metrics.offer;
  exports dev.revops.metrics.referral;

  // Reports and results are records a host serialises with Jackson (RevOpsJson.mapper()).
  opens dev.revops.metrics.result to
      com.fasterxml.jackson.databind;
  opens dev.revops.metrics.projection to
      com.fasterxml.jackson.databind;
  opens dev.revops.metrics.subscription to
      com.fasterxml.jackson.databind;
  opens dev.revops.metrics.collections to
      com.fasterxml.jackson.databind;
  opens dev.revops.metrics.sales to
      com.fasterxml.jackson.databind;
  opens dev.revops.metrics.campaign to
      com.fasterxml.jackson.databind;
}
