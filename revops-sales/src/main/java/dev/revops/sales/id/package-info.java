/**
 * Typed identifiers of the sales aggregates that no other module refers to: orders, returns,
 * service cases.
 */
package dev.revops.sales.id;
