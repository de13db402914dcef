package dev.revops.sales.experiment;

/**
 * How an experiment decides. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #FIXED_HORIZON}: the sample size per arm is fixed in advance ({@link SampleSize});
 *       before every arm has reached it the answer is "not yet", whatever the data look like; at
 *       the horizon a two-sided pooled two-proportion z-test decides ({@link FixedHorizonTest}).
 *   <li>{@link #SEQUENTIAL_MSPRT}: the mixture sequential probability ratio test of Johari, Koomen,
 *       Pekelis and Walsh, "Peeking at A/B Tests: Why it matters, and what to do about it" (KDD
 *       2017): an always-valid p-value that may be read after every contact, or every day, without
 *       inflating the false-positive rate ({@link SequentialTest}).
 * </ul>
 */
public enum DecisionRule {
  /** Sample size fixed in advance, one read at the horizon. */
  FIXED_HORIZON,
  /** Always-valid mixture SPRT, readable at any time. */
  SEQUENTIAL_MSPRT
}
