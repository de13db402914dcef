/**
 * Payments after Kill Bill: authorize, capture, purchase, refund, void and chargeback transactions
 * with success, pending, failure (soft or hard decline) and unknown results; unknown results
 * resolved through the gateway before any retry; allocation to open invoices; the failed-payment
 * retry policy.
 */
package dev.revops.billing.payment;
