package dev.revops.billing.service;

/**
 * Counts of a bill run. Immutable and thread-safe.
 *
 * @param accounts accounts processed
 * @param billed accounts billed
 * @param failed accounts that failed
 * @param lines new lines in all
 * @param batches batches run
 */
public record BillRunReport(long accounts, long billed, long failed, long lines, long batches) {}
