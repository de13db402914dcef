/**
 * Abstract conformance tests per port: a host extends them to check its own adapters against the
 * same contract the in-memory defaults keep.
 */
package dev.revops.testkit.conformance;
