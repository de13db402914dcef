/**
 * The billing side of sales' next best offer: {@link
 * dev.revops.examples.offer.BillingSubscriptionChanges} adapts sales' {@code SubscriptionChanges}
 * port to revops-billing's {@code SubscriptionService.changePlan}, so an accepted upsell moves the
 * customer's subscription while revops-sales keeps depending on revops-core only.
 */
package dev.revops.examples.offer;
