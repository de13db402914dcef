/**
 * Subscriptions: the lifecycle (Stripe's states plus Chargebee's non-renewing), entitlement and
 * billing tracked apart (Kill Bill), plan and quantity changes with their timing and proration
 * mode, pauses, cancellations, reactivation, renewal and fixed terms, and the billing timeline the
 * bill run reads.
 */
package dev.revops.billing.subscription;
