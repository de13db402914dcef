/**
 * The ports a host implements for revops-billing: repositories for invoices, subscriptions,
 * payments and credit balances, the payment gateway, and the idempotency store. In-memory versions
 * live in {@code port.memory}.
 */
package dev.revops.billing.port;
