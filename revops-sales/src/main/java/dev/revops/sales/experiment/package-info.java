/**
 * A/B tests that do not lie: stable assignment of contacts to variants and a holdout, sample sizes,
 * fixed-horizon and sequential decision rules, and lift with its confidence interval.
 */
package dev.revops.sales.experiment;
