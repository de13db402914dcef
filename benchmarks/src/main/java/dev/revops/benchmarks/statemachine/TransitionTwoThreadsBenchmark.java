package dev.revops.benchmarks.statemachine;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link TransitionBenchmark} with two threads sharing one definition per engine (each thread has
 * its own invoices). JMH reports the throughput of both threads together.
 */
@Threads(2)
public class TransitionTwoThreadsBenchmark extends TransitionBenchmark {}
