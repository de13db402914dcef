/**
 * Invoice generation: a pure function from an account's subscriptions, the catalog, its existing
 * invoices and a target date to the new invoice lines and the next date anything is due, and a bill
 * run over many accounts that streams in batches on a caller-supplied executor.
 */
package dev.revops.billing.billrun;
