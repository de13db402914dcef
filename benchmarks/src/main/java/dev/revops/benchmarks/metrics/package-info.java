/**
 * Events per second through revops-metrics' incremental projection over a long event stream,
 * against hand-written loops, and the heap the projection holds at the end.
 */
package dev.revops.benchmarks.metrics;
