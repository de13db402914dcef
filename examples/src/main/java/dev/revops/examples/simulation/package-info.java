/**
 * The revenue simulation: a synthetic subscription company wired from every revops module on the
 * in-memory ports, deterministic for a seed, with its KPIs computed by revops-metrics.
 */
package dev.revops.examples.simulation;
