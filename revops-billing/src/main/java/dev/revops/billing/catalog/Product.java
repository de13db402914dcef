package dev.revops.billing.catalog;

import jakarta.validation.constraints.NotBlank;

/**
 * Something sold. Immutable and thread-safe.
 *
 * @param id the product's id, unique in the catalog
 * @param name its display name (catalog data, not personal data)
 */
public record Product(@NotBlank String id, @NotBlank String name) {}
