/**
 * Collections KPIs: DSO (standard, countback, best possible), average days delinquent, CEI, aging
 * and roll rates with cures, contact and promise rates, collector effectiveness, recovery per
 * contact and write-off ratio.
 */
package dev.revops.metrics.collections;
