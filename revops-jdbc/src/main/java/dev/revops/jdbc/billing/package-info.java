/**
 * revops-billing's ports on their tables: subscriptions, invoices with one row per line, credit
 * balances, payments with one row per gateway call, idempotency keys.
 */
package dev.revops.jdbc.billing;
