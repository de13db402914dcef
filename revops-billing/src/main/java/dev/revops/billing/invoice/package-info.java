/**
 * Invoices: lines with service periods, taxes, coupons' discounts, payment terms, the lifecycle
 * draft, open, paid, void, uncollectible, partial payments, the account's credit balance, credit
 * notes, and the view of an invoice as a core receivable.
 */
package dev.revops.billing.invoice;
