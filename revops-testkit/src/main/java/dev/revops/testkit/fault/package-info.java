/**
 * Fault injection for use cases: a {@link dev.revops.testkit.fault.FaultPlan} wraps any port so its
 * n-th call fails (before or after it happens), and {@link dev.revops.testkit.fault.FaultSweep}
 * runs a scenario under every such fault, recovers and checks the books. The suites of each module
 * live beside it ({@code testkit.fault.billing}, ...), so hosts and database adapters run them too.
 */
package dev.revops.testkit.fault;
