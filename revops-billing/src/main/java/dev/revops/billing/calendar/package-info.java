/**
 * The billing calendar: intervals, anchors kept for the life of a subscription, and half-open
 * billing periods computed in the account's time zone.
 */
package dev.revops.billing.calendar;
