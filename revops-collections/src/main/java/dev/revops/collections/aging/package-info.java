/**
 * Aging: days past due in the debtor's zone, configurable delinquency buckets (JSON or code), the
 * history of when an account entered and left each bucket, and aging reports per account and per
 * portfolio.
 */
package dev.revops.collections.aging;
