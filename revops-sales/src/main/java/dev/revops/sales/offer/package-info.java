/**
 * Next best offer: an offer catalog (upsells along upgrade paths, cross-sells, add-ons) read
 * strictly from JSON, eligibility with the reason each excluded offer is out, a model of the
 * probability of acceptance learned from past offers (naive Bayes with Laplace smoothing, or
 * association rules over what customers hold), ranking by expected value (probability x margin),
 * the rule that turns a service case closed with a satisfied customer into an offer, and the
 * presentation of an offer with its lifecycle (presented, accepted, fulfilled, declined, refused).
 */
package dev.revops.sales.offer;
