/**
 * revops-sales' ports on their tables: leads with one row per duplicate-detection key (digests,
 * never the addresses), opportunities, orders and service cases with one row per status, returns
 * with one row per order, and the append-only feedback log; {@link
 * dev.revops.jdbc.sales.JdbcSalesStores} makes the whole set.
 */
package dev.revops.jdbc.sales;
