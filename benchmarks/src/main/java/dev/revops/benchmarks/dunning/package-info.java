/**
 * Accounts per second through revops-collections' dunning evaluator and contact compliance policy
 * over a million delinquent accounts with contact histories, against a hand-written loop with the
 * same ladder and rules.
 */
package dev.revops.benchmarks.dunning;
