/**
 * The fault-injection and race suites of revops-billing's use cases: abstract scenarios over the
 * module's ports, run by revops' own tests on the in-memory adapters and by a database adapter's
 * tests on its own.
 */
package dev.revops.testkit.fault.billing;
