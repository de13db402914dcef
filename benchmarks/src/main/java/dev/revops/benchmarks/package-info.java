/**
 * JMH benchmarks of revops against the libraries its users would pick instead and against
 * hand-written baselines. Each area lives in its own package ({@code statemachine}, {@code money},
 * {@code billrun}, {@code dunning}, {@code metrics}) and every benchmark checks once, before it is
 * timed, that revops and each peer or floor compute the same answer.
 */
package dev.revops.benchmarks;
