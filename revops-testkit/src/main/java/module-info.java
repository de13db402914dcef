/**
 * revops-testkit: jqwik arbitraries that generate valid revops domain values (with small, readable
 * shrinks) and abstract conformance tests that a host extends to check its own port adapters.
 */
module dev.revops.testkit {
  requires transitive dev.revops.core;
  requires transitive dev.revops.billing;
  requires transitive dev.revops.collections;
  requires transitive dev.revops.sales;
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;

  exports dev.revops.testkit.arbitraries;
  exports dev.revops.testkit.conformance;
  exports dev.revops.testkit.fault;
  exports dev.revops.testkit.fault.sales;
  exports dev.revops.testkit.fault.billing;
  exports dev.revops.testkit.fault.collections;
}
