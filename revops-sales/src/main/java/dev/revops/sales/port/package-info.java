/**
 * What a host implements for revops-sales: the repositories of leads, opportunities, orders,
 * returns and service cases, the feedback log and the account valuation. In-memory defaults are in
 * {@code port.memory}.
 */
package dev.revops.sales.port;
