/**
 * The catalog: products, plans with phases, prices (flat, per unit, graduated and volume tiers,
 * packages, usage-metered) in several currencies with dated versions, and coupons. Built in code or
 * loaded from JSON with {@link dev.revops.billing.catalog.CatalogLoader}.
 */
package dev.revops.billing.catalog;
